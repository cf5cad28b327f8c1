namespace RedIt.Portal.Features.Billing.Pdf;

// What one invoice or credit note says, in the language it is written in. Billing maps its
// entities onto this, so the PDF never reads the database and prints only what was issued.
public sealed record InvoiceDocument(
    string Culture,                 // "nl" or "en": every label in that language
    bool IsCreditNote,              // title "Factuur"/"Invoice" or "Creditnota"/"Credit note"
    string Number,                  // e.g. "2026-000123" or "C2026-000004"
    string? CreditsInvoiceNumber,   // a credit note names the invoice it corrects
    DateOnly IssuedOn,
    DateOnly DueOn,
    DateOnly? PeriodFrom,           // supply period (art. 35a Wet OB), printed when given
    DateOnly? PeriodTo,
    int CustomerNumber,
    InvoiceParty Seller,            // RED-IT: name, address, VAT and KvK numbers
    InvoiceParty Buyer,             // the billing address snapshot; VatNumber printed when reverse charge
    IReadOnlyList<InvoiceDocumentLine> Lines,
    IReadOnlyList<InvoiceVatRow> VatRows,
    decimal TotalExclVat,
    decimal TotalVat,
    decimal TotalInclVat,
    string? VatNote,                // e.g. "Btw verlegd" / "VAT reverse charged (art. 196 VAT Directive)", printed prominently when given
    string PaymentInstructions,     // a paragraph: how and before when to pay, IBAN; given already in the document's language
    string RoundingNote);           // in the document's language
