namespace RedIt.Portal.Features.Billing.Vat;

// The register could not give an answer about the number now, which says nothing about the number
// itself: the check is tried again later and the sale goes on. The reason never quotes the number.
public sealed class VatRegistryUnavailableException(string reason, Exception? innerException = null)
    : Exception("The VAT number could not be checked now: " + reason, innerException)
{
    public string Reason { get; } = reason;
}
