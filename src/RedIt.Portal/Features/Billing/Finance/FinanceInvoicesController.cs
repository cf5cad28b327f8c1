using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Billing.Finance;

// Finance keeps the invoices: the list and the bookkeeping's export, each invoice with its PDF,
// crediting one, recording a bank transfer for one, and issuing one by hand. Admin may do the same; no other role has a reason to.
[Authorize(Roles = PortalRoles.Finance + "," + PortalRoles.Admin)]
[Route("staff/invoices")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class FinanceInvoicesController(InvoiceLedger ledger, InvoiceExport export, ManualInvoicing manual, InvoiceTransfers transfers) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? status, int page = 1) =>
        View(await ledger.SearchAsync(new InvoiceFilter(q, status, page), HttpContext.RequestAborted));

    // Written to the response page by page, as it is read.
    [HttpGet("export.csv")]
    public async Task<IActionResult> Export(string? q, string? status, DateOnly? from, DateOnly? to)
    {
        if (!ModelState.IsValid || from > to)
        {
            this.Notify("Please give the export's period as two dates, the last on or after the first.");
            return Redirect("/staff/invoices" + QueryString.Create(new Dictionary<string, string?>(StringComparer.Ordinal) { ["status"] = status, ["q"] = q }));
        }

        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(export.FileName());
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = disposition.ToString();
        Response.Headers.XContentTypeOptions = "nosniff";
        await export.WriteAsync(new InvoiceExportFilter(new InvoiceFilter(q, status), from, to), Response.Body, HttpContext.RequestAborted);
        return new EmptyResult();
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(int? customer) =>
        View(new ManualInvoiceForm(await manual.BlankAsync(customer, HttpContext.RequestAborted)));

    [HttpPost("new")]
    public async Task<IActionResult> New([Bind(Prefix = ManualInvoicing.Prefix)] ManualInvoiceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await manual.IssueAsync(input, StaffId, ModelState, HttpContext.RequestAborted) is not { } number)
        {
            return View(new ManualInvoiceForm(input.WithAllLines()));
        }

        this.Notify("The invoice is issued.");
        return Redirect(InvoicePath(number));
    }

    [HttpGet("{number}")]
    public async Task<IActionResult> Show(string number)
    {
        if (await ledger.FindAsync(number, HttpContext.RequestAborted) is not { } invoice)
        {
            return NotFound();
        }

        await ledger.RecordViewedAsync(invoice, HttpContext.RequestAborted);
        return View(invoice);
    }

    [HttpGet("{number}/pdf")]
    public async Task<IActionResult> Pdf(string number)
    {
        if (await ledger.PdfAsync(number, HttpContext.RequestAborted) is not { } file)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Content, "application/pdf", file.FileName);
    }

    // Asks first: a credit note cannot be taken back.
    [HttpGet("{number}/credit")]
    public async Task<IActionResult> Credit(string number) =>
        await ledger.FindAsync(number, HttpContext.RequestAborted) is { } invoice ? View(invoice) : NotFound();

    [HttpPost("{number}/credit")]
    public async Task<IActionResult> ConfirmCredit(string number)
    {
        if (!await ledger.ExistsAsync(number, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        if (await ledger.CreditAsync(number, StaffId, HttpContext.RequestAborted) is { } credit)
        {
            this.Notify("The credit note is issued. If the invoice was paid, refund the amount to the customer.");
            return Redirect(InvoicePath(credit));
        }

        this.Notify("This cannot be credited: it is a credit note, or it has been credited already.");
        return Redirect(InvoicePath(number));
    }

    // Asks first, with the amount: the customer is mailed a receipt and the order is delivered.
    [HttpGet("{number}/transfer")]
    public async Task<IActionResult> Transfer(string number) =>
        await ledger.FindAsync(number, HttpContext.RequestAborted) is { } invoice ? View(invoice) : NotFound();

    [HttpPost("{number}/transfer")]
    public async Task<IActionResult> ConfirmTransfer(string number)
    {
        if (!await ledger.ExistsAsync(number, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        this.Notify(await transfers.RecordAsync(number, StaffId, HttpContext.RequestAborted)
            ? "The payment is recorded and the customer is sent a receipt."
            : "This invoice is not open: it is paid or credited, or it is a credit note.");
        return Redirect(InvoicePath(number));
    }

    private Guid StaffId => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);

    private static string InvoicePath(string number) => "/staff/invoices/" + Uri.EscapeDataString(number);
}
