namespace RedIt.Portal.Features.Domains.Supplier;

// The domain supplier as the portal needs it. Checking availability sends only the name asked for,
// no personal data, so it records no disclosure.
public interface IDomainSupplier
{
    // One answer per extension, in the order asked. Throws DomainSupplierUnavailableException when the
    // supplier cannot answer.
    Task<IReadOnlyList<DomainAvailability>> CheckAsync(string label, IReadOnlyList<string> tlds, CancellationToken cancellationToken = default);

    // Creates the registrant as a customer of the supplier and returns its handle, e.g. "JD000001-NL".
    // Sends exactly the fields of DomainRegistrant (2.3); the caller records the disclosure.
    Task<string> CreateContactAsync(DomainRegistrant registrant, CancellationToken cancellationToken = default);

    // Registers the domain for the handles given. Throws DomainSupplierUnavailableException when the
    // supplier cannot answer (try again later) and DomainSupplierRefusedException when it refuses
    // the request itself (trying again will not help).
    Task<RegisteredDomain> RegisterAsync(DomainRegistration registration, CancellationToken cancellationToken = default);

    // The domain as it is in our reseller account, or null when it is not there. A retry asks this
    // first, so a registration whose answer was lost is adopted instead of attempted again.
    Task<RegisteredDomain?> FindAsync(string label, string tld, CancellationToken cancellationToken = default);

    // Asks for the domain to move to our account with its auth code, for the handles given. The
    // answer's status says whether the move is done or waits for the registry. Throws
    // DomainSupplierRefusedException when the request is refused (a wrong code, a locked domain).
    Task<RegisteredDomain> TransferAsync(DomainTransfer transfer, CancellationToken cancellationToken = default);

    // The domain by the supplier's id, to follow a transfer that waits for the registry.
    Task<RegisteredDomain> GetAsync(string supplierId, CancellationToken cancellationToken = default);

    // Extends the registration by whole years; the new expiry date when the supplier gives it.
    Task<DateTime?> RenewAsync(string supplierId, string label, string tld, int years, CancellationToken cancellationToken = default);

    // Points the domain at these name servers; none means the supplier's own. Sends no personal data.
    Task ChangeNameServersAsync(string supplierId, string label, string tld, IReadOnlyList<string> nameServers, CancellationToken cancellationToken = default);
}

// What the supplier receives about a registrant, and nothing more. Gender only where the registry
// requires it; CompanyName only for a business registrant. PhoneNumber is E.164.
public sealed record DomainRegistrant(
    string FirstName,
    string LastName,
    RegistrantGender? Gender,
    string? CompanyName,
    string Street,
    string HouseNumber,
    string PostalCode,
    string City,
    string CountryCode,
    string PhoneNumber,
    string Email,
    string Culture);

// Owner, admin and tech are the registrant's handle; empty NameServers means the supplier's defaults.
public sealed record DomainRegistration(string Label, string Tld, int PeriodYears, string OwnerHandle, IReadOnlyList<string> NameServers);

// A transfer as Openprovider takes it: a registration that also carries the current registrar's code.
public sealed record DomainTransfer(DomainRegistration Domain, string AuthCode);

// Status is the supplier's own: "ACT" once the domain is in our account, "REQ" or "PEN" while the
// registry still processes it, "FAI" when the transfer failed.
public sealed record RegisteredDomain(string SupplierId, DateTime? ExpiresOn, string? Status = null)
{
    public bool IsActive => Status is null or "ACT";

    public bool HasFailed => Status is "FAI" or "DEL";
}

public sealed class DomainSupplierRefusedException(string message) : Exception(message);

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
