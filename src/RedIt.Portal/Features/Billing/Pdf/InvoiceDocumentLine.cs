namespace RedIt.Portal.Features.Billing.Pdf;

public sealed record InvoiceDocumentLine(string Description, int Quantity, decimal UnitPriceExclVat, decimal TotalExclVat, decimal VatRate);
