namespace RedIt.Portal.Features.Billing.Vat;

// Where a business customer's EU VAT number is confirmed before an invoice to it is reverse
// charged: only a number the register confirms lets the invoice go without Dutch VAT.
public interface IVatNumberRegistry
{
    // Throws VatRegistryUnavailableException when VIES or the member state's service cannot answer now
    // (VIES's error codes, 5xx, timeouts, connection refused): the caller queues the check and sells anyway.
    // Throws ArgumentException for a country VIES does not cover or an empty number.
    Task<VatNumberCheck> CheckAsync(string countryCode, string vatNumber, CancellationToken cancellationToken = default);
}
