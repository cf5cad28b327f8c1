namespace RedIt.Portal.Features.AccountRecovery;

// Someone who lost access to the e-mail address on file asks to get their account back (2.1).
public class RecoveryCase
{
    public Guid Id { get; set; }

    public Guid PersonId { get; set; }

    public DateTime OpenedAt { get; set; }

    public RecoveryCaseStatus Status { get; set; }

    public DateTime? ClosedAt { get; set; }

    public List<RecoveryDocument> Documents { get; set; } = [];
}
