namespace RedIt.Portal.Features.Domains.Supplier;

// The domain supplier as the portal needs it. Checking availability sends only the name asked for,
// no personal data, so it records no disclosure.
public interface IDomainSupplier
{
    // One answer per extension, in the order asked. Throws DomainSupplierUnavailableException when the
    // supplier cannot answer.
    Task<IReadOnlyList<DomainAvailability>> CheckAsync(string label, IReadOnlyList<string> tlds, CancellationToken cancellationToken = default);
}

public enum DomainAvailabilityStatus
{
    Free,
    Taken,
    Unknown,
}

public sealed record DomainAvailability(string Label, string Tld, DomainAvailabilityStatus Status)
{
    public string Domain => Label + "." + Tld;
}

public sealed class DomainSupplierUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
