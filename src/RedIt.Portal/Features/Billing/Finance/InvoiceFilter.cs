namespace RedIt.Portal.Features.Billing.Finance;

// What the list and the export are asked for, as the address says it (?status=overdue&q=10001).
// An unknown status shows everything rather than an error: the address is typed by people.
public sealed record InvoiceFilter(string? Search, string? Status, int Page = 1)
{
    public InvoiceListStatus StatusValue =>
        Enum.GetValues<InvoiceListStatus>().FirstOrDefault(s => string.Equals(QueryValue(s), Status, StringComparison.OrdinalIgnoreCase));

    // The value in links and the status select: "overdue".
    public static string QueryValue(InvoiceListStatus status) => status switch
    {
        InvoiceListStatus.Open => "open",
        InvoiceListStatus.Overdue => "overdue",
        InvoiceListStatus.InCollection => "collection",
        InvoiceListStatus.Paid => "paid",
        InvoiceListStatus.Credited => "credited",
        _ => "all",
    };
}

// The export adds the invoice dates (Amsterdam calendar days, both included).
public sealed record InvoiceExportFilter(InvoiceFilter Filter, DateOnly? From, DateOnly? To);
