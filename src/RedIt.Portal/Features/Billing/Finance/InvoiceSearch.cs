using System.Globalization;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Billing.Collection;

namespace RedIt.Portal.Features.Billing.Finance;

// The one reading of the filter, shared by the list and the export, so the file holds exactly
// what the list showed.
internal static class InvoiceSearch
{
    public static IQueryable<Invoice> Apply(PortalDbContext db, InvoiceFilter filter, DateOnly today)
    {
        var invoices = db.Set<Invoice>().AsQueryable();
        invoices = filter.StatusValue switch
        {
            InvoiceListStatus.Open => invoices.Where(i => i.Status == InvoiceStatus.Open),
            InvoiceListStatus.Overdue => invoices.Where(i => i.Status == InvoiceStatus.Open && i.Kind == InvoiceKind.Invoice && i.DueOn < today),
            InvoiceListStatus.InCollection => invoices.Where(i => db.Set<CollectionClaimInvoice>().Any(c => c.InvoiceId == i.Id && c.Claim.State == CollectionClaimState.HandedOver)),
            InvoiceListStatus.Paid => invoices.Where(i => i.Status == InvoiceStatus.Paid),
            InvoiceListStatus.Credited => invoices.Where(i => i.Status == InvoiceStatus.Credited),
            _ => invoices,
        };

        var q = filter.Search?.Trim();
        if (string.IsNullOrEmpty(q))
        {
            return invoices;
        }

        // Translated to SQL lower(), the same on SQLite and PostgreSQL.
        var lower = q.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862
        if (int.TryParse(q, NumberStyles.None, CultureInfo.InvariantCulture, out var customerNumber))
        {
            // Digits are a customer number, or part of an invoice number ("000123").
            return invoices.Where(i => i.Number.ToLower().Contains(lower)
                || db.Customers.Any(c => c.Id == i.CustomerId && c.Number == customerNumber));
        }

        return invoices.Where(i => i.Number.ToLower().Contains(lower)
            || i.BillingName.ToLower().Contains(lower)
            || db.Customers.Any(c => c.Id == i.CustomerId
                && ((c.User.FirstName + " " + c.User.LastName).ToLower().Contains(lower)
                    || (c.CompanyName != null && c.CompanyName.ToLower().Contains(lower)))));
#pragma warning restore CA1304, CA1311, CA1862
    }
}
