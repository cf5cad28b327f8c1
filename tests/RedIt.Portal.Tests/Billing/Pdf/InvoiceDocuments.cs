using RedIt.Portal.Features.Billing.Pdf;

namespace RedIt.Portal.Tests.Billing.Pdf;

// Documents as billing would hand them over: the VAT per rate and the totals are worked out
// here from the lines, rounded to the cent, the way the invoice promises.
internal static class InvoiceDocuments
{
    public static readonly InvoiceParty Seller = new(
        "RED-IT B.V.", "Weena", "505", "3013 AL", "Rotterdam", "Nederland", "NL859123456B01", "24312345");

    public static readonly InvoiceParty DutchBuyer = new(
        "Bakkerij De Korenbloem", "Dorpsstraat", "12a", "3411 BC", "Lopik", "Nederland", null, null);

    public static readonly InvoiceParty GermanBuyer = new(
        "Nordlicht Hosting GmbH", "Friedrichstraße", "123", "10117", "Berlin", "Germany", "DE298765432", null);

    public const string LongDescription =
        "Webhosting Pro met dagelijkse back-ups, een SSL-certificaat, tien mailboxen en 24/7 bewaking van beschikbaarheid, prestaties en beveiliging";

    public static InvoiceDocument DutchInvoice() => Build(
        culture: "nl",
        isCreditNote: false,
        number: "2026-000123",
        creditsInvoiceNumber: null,
        buyer: DutchBuyer,
        lines:
        [
            Line(LongDescription, 1, 1234.56m, 0.21m),
            Line("Domeinregistratie korenbloem.nl", 2, 9.95m, 0.21m),
            Line("Handboek Bakken voor het web", 1, 45.00m, 0.09m),
        ],
        vatNote: null,
        paymentInstructions: "Betaal € 1.566,95 uiterlijk 21 december 2026 op IBAN NL91 ABNA 0417 1643 00 ten name van RED-IT B.V. onder vermelding van factuurnummer 2026-000123.",
        roundingNote: "Bedragen zijn per regel op de cent afgerond; de btw is per tarief berekend over het totaal van de regels.");

    public static InvoiceDocument EnglishReverseChargedCreditNote() => Build(
        culture: "en",
        isCreditNote: true,
        number: "C2026-000004",
        creditsInvoiceNumber: "2026-000123",
        buyer: GermanBuyer,
        lines:
        [
            Line("Colocation, one rack unit in AM3", 2, 1500.00m, 0m),
            Line("Remote hands, per quarter hour", 3, 41.25m, 0m),
        ],
        vatNote: "VAT reverse charged (art. 196 VAT Directive)",
        paymentInstructions: "We will transfer € 3,123.75 to the account you paid invoice 2026-000123 from before 21 December 2026.",
        roundingNote: "Amounts are rounded to the cent per line; VAT is calculated per rate on the total of the lines.");

    public static InvoiceDocument WithLines(int count)
    {
        var lines = Enumerable.Range(1, count)
            .Select(index => Line($"Regel {index:000}: mailbox {index}@korenbloem.nl", 1, 2.50m + index, 0.21m))
            .ToList();
        return Build(
            "nl", false, "2026-000777", null, DutchBuyer, lines, null,
            "Betaal het totaal uiterlijk 21 december 2026 op IBAN NL91 ABNA 0417 1643 00 ten name van RED-IT B.V.",
            DutchInvoice().RoundingNote);
    }

    // The same credit note as billing might store it: with the amounts already negative.
    public static InvoiceDocument Negated(InvoiceDocument document) => document with
    {
        Lines = [.. document.Lines.Select(line => line with { UnitPriceExclVat = -line.UnitPriceExclVat, TotalExclVat = -line.TotalExclVat })],
        VatRows = [.. document.VatRows.Select(row => row with { BaseExclVat = -row.BaseExclVat, Vat = -row.Vat })],
        TotalExclVat = -document.TotalExclVat,
        TotalVat = -document.TotalVat,
        TotalInclVat = -document.TotalInclVat,
    };

    private static InvoiceDocumentLine Line(string description, int quantity, decimal unitPrice, decimal vatRate) =>
        new(description, quantity, unitPrice, Math.Round(quantity * unitPrice, 2, MidpointRounding.AwayFromZero), vatRate);

    private static InvoiceDocument Build(
        string culture, bool isCreditNote, string number, string? creditsInvoiceNumber, InvoiceParty buyer,
        IReadOnlyList<InvoiceDocumentLine> lines, string? vatNote, string paymentInstructions, string roundingNote)
    {
        var vatRows = lines
            .GroupBy(line => line.VatRate)
            .OrderByDescending(group => group.Key)
            .Select(group =>
            {
                var baseExclVat = group.Sum(line => line.TotalExclVat);
                return new InvoiceVatRow(group.Key, baseExclVat, Math.Round(baseExclVat * group.Key, 2, MidpointRounding.AwayFromZero));
            })
            .ToList();
        var totalExclVat = vatRows.Sum(row => row.BaseExclVat);
        var totalVat = vatRows.Sum(row => row.Vat);
        return new InvoiceDocument(
            culture, isCreditNote, number, creditsInvoiceNumber,
            IssuedOn: new DateOnly(2026, 12, 7),
            DueOn: new DateOnly(2026, 12, 21),
            PeriodFrom: new DateOnly(2026, 12, 1),
            PeriodTo: new DateOnly(2026, 12, 31),
            CustomerNumber: 10042,
            Seller, buyer, lines, vatRows, totalExclVat, totalVat, totalExclVat + totalVat,
            vatNote, paymentInstructions, roundingNote);
    }
}
