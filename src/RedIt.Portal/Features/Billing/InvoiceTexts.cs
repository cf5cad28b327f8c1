using RedIt.Portal.Infrastructure.Time;

namespace RedIt.Portal.Features.Billing;

// How an invoice's state reads, the same for the customer and for Finance. Keys of SharedResource.
public static class InvoiceTexts
{
    public static string Status(InvoiceKind kind, InvoiceStatus status, bool overdue) => (kind, status) switch
    {
        (InvoiceKind.CreditNote, _) => "Credit note",
        (_, InvoiceStatus.Paid) => "Paid",
        (_, InvoiceStatus.Credited) => "Credited",
        _ when overdue => "Overdue",
        _ => "Open",
    };

    public static string Kind(InvoiceKind kind) => kind == InvoiceKind.CreditNote ? "Credit note" : "Invoice";

    // The calendar day in Amsterdam: an invoice due on the 14th is overdue from the 15th.
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(AmsterdamTime.ToLocal(clock.GetUtcNow().UtcDateTime));
    }
}
