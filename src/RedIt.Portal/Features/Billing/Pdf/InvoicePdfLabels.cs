using System.Globalization;

namespace RedIt.Portal.Features.Billing.Pdf;

// The words on an invoice in each language it is sent in. They live here rather than in the
// portal's resources because an invoice is a legal document whose wording changes only with
// the renderer, and a missing translation must fail at once, not fall back to English.
internal sealed record InvoicePdfLabels(
    string InvoiceTitle,
    string CreditNoteTitle,
    string InvoiceNumber,
    string CreditNoteNumber,
    string CreditsInvoice,
    string IssuedOn,
    string DueOn,
    string CustomerNumber,
    string SupplyPeriod,
    string PeriodUntil,
    string Description,
    string Quantity,
    string UnitPrice,
    string VatRate,
    string LineTotal,
    string VatRateColumn,
    string VatBase,
    string VatAmount,
    string TotalExclVat,
    string TotalVat,
    string TotalInclVat,
    string VatNumber,
    string KvkNumber,
    string Page,
    string PageOf,
    bool MinusBeforeEuro)
{
    public static readonly InvoicePdfLabels Dutch = new(
        InvoiceTitle: "Factuur",
        CreditNoteTitle: "Creditnota",
        InvoiceNumber: "Factuurnummer",
        CreditNoteNumber: "Creditnotanummer",
        CreditsInvoice: "Correctie op factuur",
        IssuedOn: "Datum",
        DueOn: "Vervaldatum",
        CustomerNumber: "Klantnummer",
        SupplyPeriod: "Leveringsperiode",
        PeriodUntil: "t/m",
        Description: "Omschrijving",
        Quantity: "Aantal",
        UnitPrice: "Prijs per stuk",
        VatRate: "Btw",
        LineTotal: "Totaal",
        VatRateColumn: "Btw-tarief",
        VatBase: "Grondslag",
        VatAmount: "Btw",
        TotalExclVat: "Totaal excl. btw",
        TotalVat: "Btw",
        TotalInclVat: "Totaal incl. btw",
        VatNumber: "Btw-nummer",
        KvkNumber: "KvK-nummer",
        Page: "Pagina",
        PageOf: "van",
        MinusBeforeEuro: false);

    public static readonly InvoicePdfLabels English = new(
        InvoiceTitle: "Invoice",
        CreditNoteTitle: "Credit note",
        InvoiceNumber: "Invoice number",
        CreditNoteNumber: "Credit note number",
        CreditsInvoice: "Corrects invoice",
        IssuedOn: "Date",
        DueOn: "Due date",
        CustomerNumber: "Customer number",
        SupplyPeriod: "Supply period",
        PeriodUntil: "to",
        Description: "Description",
        Quantity: "Quantity",
        UnitPrice: "Unit price",
        VatRate: "VAT",
        LineTotal: "Total",
        VatRateColumn: "VAT rate",
        VatBase: "Base",
        VatAmount: "VAT",
        TotalExclVat: "Total excl. VAT",
        TotalVat: "VAT",
        TotalInclVat: "Total incl. VAT",
        VatNumber: "VAT number",
        KvkNumber: "Chamber of Commerce (KvK)",
        Page: "Page",
        PageOf: "of",
        MinusBeforeEuro: true);

    public static InvoicePdfLabels For(CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        "nl" => Dutch,
        "en" => English,
        _ => throw new ArgumentException($"Invoices are written in Dutch (nl) or English (en), not '{culture.Name}'.", nameof(culture)),
    };
}
