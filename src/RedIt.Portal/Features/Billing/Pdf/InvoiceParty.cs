namespace RedIt.Portal.Features.Billing.Pdf;

public sealed record InvoiceParty(string Name, string Street, string HouseNumber, string PostalCode, string City, string CountryName, string? VatNumber, string? KvkNumber);
