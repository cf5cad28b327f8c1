using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RedIt.Portal.Data;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Billing.Collection;
using RedIt.Portal.Features.Billing.Documents;
using RedIt.Portal.Features.Billing.Issuing;
using RedIt.Portal.Features.Billing.Vat;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Infrastructure.Time;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Billing.Finance;

// Finance's view of every invoice and credit note: found by number, customer number or name,
// filtered by state, opened, downloaded and credited. Every look at a customer's invoice is audited.
public sealed class InvoiceLedger(
    PortalDbContext db, InvoiceIssuer issuer, InvoiceDocuments documents, AuditLogger audit, IOptions<BillingOptions> options, TimeProvider clock)
{
    public const int PageSize = 25;

    // Overdue is counted in Amsterdam days, the days the due date is written in.
    public DateOnly Today => DateOnly.FromDateTime(AmsterdamTime.ToLocal(clock.GetUtcNow().UtcDateTime));

    public async Task<InvoiceListView> SearchAsync(InvoiceFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = Today;
        var page = await InvoiceSearch.Apply(db, filter, today).AsNoTracking()
            .OrderByDescending(i => i.IssuedOn).ThenByDescending(i => i.Number)
            .ToPagedAsync(Row(today), filter.Page, PageSize, cancellationToken);
        return new InvoiceListView(filter, page, today);
    }

    public Task<bool> ExistsAsync(string number, CancellationToken cancellationToken = default) =>
        db.Set<Invoice>().AnyAsync(i => i.Number == number, cancellationToken);

    public async Task<StaffInvoiceView?> FindAsync(string number, CancellationToken cancellationToken = default)
    {
        var invoice = await db.Set<Invoice>().AsNoTracking().AsSplitQuery()
            .Include(i => i.Lines).Include(i => i.Payments)
            .SingleOrDefaultAsync(i => i.Number == number, cancellationToken);
        if (invoice is null)
        {
            return null;
        }

        var customerNumber = await db.Customers.Where(c => c.Id == invoice.CustomerId).Select(c => (int?)c.Number).FirstOrDefaultAsync(cancellationToken);
        var credits = invoice.CreditsInvoiceId is { } creditsId
            ? await db.Set<Invoice>().Where(i => i.Id == creditsId).Select(i => i.Number).FirstOrDefaultAsync(cancellationToken)
            : null;
        var creditNote = await db.Set<Invoice>().Where(i => i.CreditsInvoiceId == invoice.Id).Select(i => i.Number).FirstOrDefaultAsync(cancellationToken);
        var order = invoice.OrderId is { } orderId
            ? await db.Set<Order>().Where(o => o.Id == orderId).Select(o => new InvoiceOrderLink(o.Number, o.Status == OrderStatus.AwaitingPayment)).FirstOrDefaultAsync(cancellationToken)
            : null;
        var issuedBy = invoice.IssuedById is { } staffId
            ? await db.Users.Where(u => u.Id == staffId).Select(u => u.FirstName + " " + u.LastName).FirstOrDefaultAsync(cancellationToken)
            : null;
        invoice.Lines.Sort((a, b) => a.Position.CompareTo(b.Position));
        invoice.Payments.Sort((a, b) => a.At.CompareTo(b.At));
        var claim = await db.Set<CollectionClaimInvoice>().Where(c => c.InvoiceId == invoice.Id && c.Claim.State == CollectionClaimState.HandedOver)
            .Select(c => new InvoiceClaimLink(c.ClaimId, c.Claim.Reference)).FirstOrDefaultAsync(cancellationToken);
        var overdue = invoice.Status == InvoiceStatus.Open && invoice.Kind == InvoiceKind.Invoice && invoice.DueOn < Today;
        return new StaffInvoiceView(invoice, customerNumber, credits, creditNote, order, issuedBy, options.Value.Seller,
            VatRules.Rows(invoice.Lines.Select(l => (l.VatRate, l.TotalExclVat))), overdue, claim);
    }

    public Task RecordViewedAsync(StaffInvoiceView view, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(view);
        return audit.RecordAsync(AuditAction.InvoiceViewed, view.Invoice.CustomerId, details: "invoice " + view.Invoice.Number, cancellationToken: cancellationToken);
    }

    public async Task<InvoiceFile?> PdfAsync(string number, CancellationToken cancellationToken = default)
    {
        var invoice = await db.Set<Invoice>().Where(i => i.Number == number).Select(i => new { i.Id, i.CustomerId }).SingleOrDefaultAsync(cancellationToken);
        if (invoice is null || await documents.PdfAsync(invoice.Id, cancellationToken) is not { } file)
        {
            return null;
        }

        await audit.RecordAsync(AuditAction.InvoicePdfDownloaded, invoice.CustomerId, details: "invoice " + number, cancellationToken: cancellationToken);
        return file;
    }

    // The credit note's number; null when the invoice cannot be credited (a credit note, credited
    // already, or anonymised). The issuer marks the invoice credited in the update that checks it
    // was not, so two clicks at once issue one credit note and one audit entry.
    public async Task<string?> CreditAsync(string number, Guid staffId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var invoice = await db.Set<Invoice>().Where(i => i.Number == number).Select(i => new { i.Id, i.CustomerId }).SingleOrDefaultAsync(cancellationToken);
        if (invoice is null || await issuer.CreditAsync(invoice.Id, staffId, cancellationToken) is not { } credit)
        {
            return null;
        }

        audit.Add(AuditAction.InvoiceCredited, invoice.CustomerId, details: $"invoice {number}, credit note {credit.Number}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return credit.Number;
    }

    private Expression<Func<Invoice, InvoiceRow>> Row(DateOnly today) => i => new InvoiceRow(
        i.Number,
        i.Kind,
        db.Customers.Where(c => c.Id == i.CustomerId).Select(c => (int?)c.Number).FirstOrDefault(),
        i.BillingName,
        i.IssuedOn,
        i.DueOn,
        i.Total,
        i.Status,
        i.Status == InvoiceStatus.Open && i.Kind == InvoiceKind.Invoice && i.DueOn < today,
        db.Set<CollectionClaimInvoice>().Any(c => c.InvoiceId == i.Id && c.Claim.State == CollectionClaimState.HandedOver));
}
