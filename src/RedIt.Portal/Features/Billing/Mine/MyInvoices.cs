using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Billing.Mine;

// A customer's own invoices and credit notes, newest first; another customer's is not found.
public sealed class MyInvoices(PortalDbContext db, TimeProvider clock)
{
    public const int PageSize = 25;

    public async Task<MyInvoicesView> PageAsync(Guid customerId, int page, CancellationToken cancellationToken = default)
    {
        var today = InvoiceTexts.Today(clock);
        var invoices = await db.Set<Invoice>().AsNoTracking()
            .Where(i => i.CustomerId == customerId)
            .OrderByDescending(i => i.IssuedOn).ThenByDescending(i => i.Number)
            .ToPagedAsync(i => new MyInvoiceRow(i.Id, i.Number, i.Kind, i.IssuedOn, i.DueOn, i.Total, i.Status, i.Kind == InvoiceKind.Invoice && i.Status == InvoiceStatus.Open && i.DueOn < today), page, PageSize, cancellationToken);
        var open = await db.Set<Invoice>().Where(i => i.CustomerId == customerId && i.Kind == InvoiceKind.Invoice && i.Status == InvoiceStatus.Open).SumAsync(i => (decimal?)i.Total, cancellationToken) ?? 0m;
        return new MyInvoicesView(invoices, open);
    }

    public async Task<MyInvoiceView?> FindAsync(Guid customerId, string number, CancellationToken cancellationToken = default)
    {
        var today = InvoiceTexts.Today(clock);
        var invoice = await db.Set<Invoice>().AsNoTracking().Include(i => i.Lines)
            .SingleOrDefaultAsync(i => i.CustomerId == customerId && i.Number == number, cancellationToken);
        if (invoice is null)
        {
            return null;
        }

        var related = await db.Set<Invoice>().AsNoTracking()
            .Where(i => i.Id == invoice.CreditsInvoiceId || i.CreditsInvoiceId == invoice.Id)
            .Select(i => i.Number).ToListAsync(cancellationToken);
        var order = invoice.OrderId is { } orderId
            ? await db.Set<Orders.Order>().Where(o => o.Id == orderId).Select(o => o.Number).SingleOrDefaultAsync(cancellationToken)
            : null;
        var overdue = invoice.Kind == InvoiceKind.Invoice && invoice.Status == InvoiceStatus.Open && invoice.DueOn < today;
        return new MyInvoiceView(invoice, overdue, related, order);
    }

    public Task<Guid?> IdOfAsync(Guid customerId, string number, CancellationToken cancellationToken = default) =>
        db.Set<Invoice>().Where(i => i.CustomerId == customerId && i.Number == number).Select(i => (Guid?)i.Id).SingleOrDefaultAsync(cancellationToken);
}

public sealed record MyInvoiceRow(Guid Id, string Number, InvoiceKind Kind, DateTime IssuedOn, DateOnly DueOn, decimal Total, InvoiceStatus Status, bool Overdue)
{
    public bool Payable => Kind == InvoiceKind.Invoice && Status == InvoiceStatus.Open;
}

public sealed record MyInvoicesView(Paged<MyInvoiceRow> Invoices, decimal OpenTotal);

// Related: the credit note that corrects this invoice, or the invoice this credit note corrects.
public sealed record MyInvoiceView(Invoice Invoice, bool Overdue, IReadOnlyList<string> Related, string? OrderNumber)
{
    public bool Payable => Invoice.Kind == InvoiceKind.Invoice && Invoice.Status == InvoiceStatus.Open;
}
