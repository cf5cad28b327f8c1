namespace RedIt.Portal.Features.Colocation.Datacenter;

// The datacenter provider as the portal needs it (2.5): a work visit is ordered with the visitors'
// names, the window and where in the building, and cancelled by the provider's own id. Nothing of
// the customer goes with it: no name, e-mail address or phone number.
public interface IDatacenterProvider
{
    // Returns the provider's id of the visit. Throws DatacenterUnavailableException when the
    // provider cannot answer (try again later) and DatacenterRefusedException when it refuses the
    // request itself (trying again will not help). The caller records the disclosure first.
    Task<string> ScheduleAsync(WorkVisit visit, CancellationToken cancellationToken = default);

    // Sends no personal data: the provider's id and a fixed reason.
    Task CancelAsync(string reference, CancellationToken cancellationToken = default);
}

// Everything the provider receives about a visit. CustomerReference is the portal's own id of the
// visit (no personal data), so both sides can find it; Rack is the cabinet in the provider's terms.
public sealed record WorkVisit(string CustomerReference, string Rack, DateTime StartsAtUtc, DateTime EndsAtUtc, IReadOnlyList<WorkVisitor> Visitors);

public sealed record WorkVisitor(string FirstName, string LastName);

public sealed class DatacenterUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

public sealed class DatacenterRefusedException(string message) : Exception(message);
