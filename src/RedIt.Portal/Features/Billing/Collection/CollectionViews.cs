using RedIt.Portal.Features.Customers;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Billing.Collection;

// A customer with invoices ready for collection: open, overdue, every reminder sent and the last
// term given (the 14-day letter for a private customer, the last reminder for a business) passed.
public sealed record ReadyCustomerRow(int CustomerNumber, string CustomerName, CustomerKind Kind, IReadOnlyList<ReadyInvoice> Invoices)
{
    public decimal Open => Invoices.Sum(i => i.Total);
}

public sealed record ReadyInvoice(string Number, DateOnly DueOn, decimal Total, DateOnly? LastDayToPay);

public sealed record CollectionView(Paged<ReadyCustomerRow> Customers);

// Exactly what a hand-over sends, as Finance confirms it.
public sealed record CollectionPreview(int CustomerNumber, CustomerKind Kind, ClaimHandover Claim);

public enum HandOverOutcome
{
    HandedOver,

    // The invoices shown are no longer exactly those ready: the page is shown again.
    Changed,

    // Another hand-over took these invoices first.
    AlreadyHandedOver,

    Unavailable,

    Refused,
}

public sealed record HandOverResult(HandOverOutcome Outcome, Guid? ClaimId = null);
