using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Billing.Documents;

namespace RedIt.Portal.Features.Billing.Mine;

// "My details" > Invoices: every invoice and credit note, its PDF, and paying what is open.
[Authorize(Roles = PortalRoles.Customer)]
[Route("profile/invoices")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MyInvoicesController(MyInvoices invoices, InvoiceDocuments documents) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1) =>
        View(await invoices.PageAsync(Me(), page, HttpContext.RequestAborted));

    [HttpGet("{number}")]
    public async Task<IActionResult> Show(string number) =>
        await invoices.FindAsync(Me(), number, HttpContext.RequestAborted) is { } invoice ? View(invoice) : NotFound();

    [HttpGet("{number}/pdf")]
    public async Task<IActionResult> Pdf(string number)
    {
        if (await invoices.IdOfAsync(Me(), number, HttpContext.RequestAborted) is not { } id
            || await documents.PdfAsync(id, HttpContext.RequestAborted) is not { } file)
        {
            return NotFound();
        }

        return File(file.Content, "application/pdf", file.FileName);
    }

    private Guid Me() => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
