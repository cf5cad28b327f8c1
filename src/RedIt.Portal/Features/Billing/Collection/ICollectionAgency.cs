namespace RedIt.Portal.Features.Billing.Collection;

// The debt collection agency claims are handed to (DAS Incasso, 2.4). The body is made first and
// kept with the claim, then sent as it is, so what is kept is what left.
public interface ICollectionAgency
{
    string Serialize(ClaimHandover claim);

    // The agency's id of the claim. Throws CollectionAgencyException when it did not take it.
    Task<string> HandOverAsync(string reference, string body, CancellationToken cancellationToken = default);
}

// Sent: the request left, so the agency may have read it (a refusal, or an answer that never came).
public class CollectionAgencyException(string message, bool sent, Exception? inner = null) : Exception(message, inner)
{
    public bool Sent { get; } = sent;
}

// Down, slow, throttled, not letting us in, or not configured: trying again later may work.
public sealed class CollectionAgencyUnavailableException(string message, bool sent, Exception? inner = null) : CollectionAgencyException(message, sent, inner);

// The agency refused this claim; trying again unchanged will not help.
public sealed class CollectionAgencyRefusedException(string message) : CollectionAgencyException(message, sent: true);
