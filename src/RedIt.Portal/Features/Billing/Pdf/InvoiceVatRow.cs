namespace RedIt.Portal.Features.Billing.Pdf;

// One row per VAT rate: the base, the rate (0.21m for 21 %) and the VAT.
public sealed record InvoiceVatRow(decimal VatRate, decimal BaseExclVat, decimal Vat);
