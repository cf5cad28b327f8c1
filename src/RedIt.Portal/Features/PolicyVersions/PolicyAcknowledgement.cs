namespace RedIt.Portal.Features.PolicyVersions;

// A customer pressed "I have read it" on the banner of a significant policy change.
public class PolicyAcknowledgement
{
    public Guid Id { get; set; }

    public Guid PersonId { get; set; }

    public Guid PolicyVersionId { get; set; }

    public DateTime AcknowledgedAt { get; set; }
}
