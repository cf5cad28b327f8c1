using System.Globalization;
using RedIt.Portal.Data.Numbers;

namespace RedIt.Portal.Features.Billing.Issuing;

// Invoices and credit notes each have their own gap-free series per calendar year (Amsterdam), as
// the tax office expects: "2026-000123" and "C2026-000004".
public sealed class InvoiceNumbers(NumberSequences numbers)
{
    public async Task<string> NextAsync(InvoiceKind kind, int year, CancellationToken cancellationToken = default)
    {
        var (series, prefix) = kind == InvoiceKind.CreditNote ? ("credit-note", "C") : ("invoice", "");
        var next = await numbers.NextAsync(string.Create(CultureInfo.InvariantCulture, $"{series}-{year}"), 1, cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{year}-{next:D6}");
    }
}
