using System.Globalization;

namespace RedIt.Portal.Features.Billing.Pdf;

// How amounts, rates and dates read in the document's language: "€ 1.234,56" and
// "7 december 2026" in Dutch, "€ 1,234.56" and "7 December 2026" in English.
internal sealed class InvoicePdfFormat(CultureInfo culture, InvoicePdfLabels labels, bool negate)
{
    public CultureInfo Culture { get; } = culture;

    // A credit note reverses an invoice, so it reads negative whichever sign billing stored it
    // with: when its total is positive every amount is turned round, lines and VAT alike.
    public static bool MustNegate(InvoiceDocument document) => document.IsCreditNote && document.TotalInclVat > 0;

    public string Money(decimal amount)
    {
        var shown = negate ? -amount : amount;
        var digits = Math.Abs(shown).ToString("#,##0.00", Culture);
        if (shown >= 0)
        {
            return "€ " + digits;
        }

        return labels.MinusBeforeEuro ? "-€ " + digits : "€ -" + digits;
    }

    public string Rate(decimal rate) => (rate * 100m).ToString("0.##", Culture) + "%";

    public string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public string Number(int value) => value.ToString(Culture);

    public string Period(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        ({ } start, { } end) => $"{Date(start)} {labels.PeriodUntil} {Date(end)}",
        ({ } start, null) => Date(start),
        (null, { } end) => Date(end),
        _ => "",
    };
}
