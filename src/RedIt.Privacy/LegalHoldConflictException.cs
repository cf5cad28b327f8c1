namespace RedIt.Privacy;

// An erasure plan made before a legal hold was placed would remove what the hold keeps.
public sealed class LegalHoldConflictException : InvalidOperationException
{
    public LegalHoldConflictException()
        : base("A legal hold was placed after this erasure plan was made; make the plan again.")
    {
    }

    public LegalHoldConflictException(string message)
        : base(message)
    {
    }

    public LegalHoldConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LegalHoldConflictException(string entity, string rowKey)
        : base($"A legal hold on {entity} {rowKey} was placed after this erasure plan was made; make the plan again.")
    {
    }
}
