namespace RedIt.Portal.Features.Billing.Issuing;

// What an invoice charges for, before it has a number. Prices exclude VAT; the issuer decides the VAT.
public sealed record InvoiceRequest(
    Guid CustomerId,
    string Culture,
    IReadOnlyList<InvoiceRequestLine> Lines,
    DateOnly? PeriodFrom = null,
    DateOnly? PeriodTo = null,
    Guid? OrderId = null,
    Guid? IssuedById = null);

public sealed record InvoiceRequestLine(string Description, int Quantity, decimal UnitPriceExclVat, Guid? ServiceId = null);
