using RedIt.Portal.Features.Customers;

namespace RedIt.Portal.Features.AccountRecovery;

// Someone who lost access to the e-mail address on file asks to get their account back (2.1).
// A case exists only for an account that was found; the public page answers the same either way.
public class RecoveryCase
{
    public Guid Id { get; set; }

    public Guid PersonId { get; set; }

    public DateTime OpenedAt { get; set; }

    public RecoveryCaseStatus Status { get; set; }

    public DateTime? ClosedAt { get; set; }

    // The address the requester wants on the account; it must be confirmed by its link first.
    public string NewEmail { get; set; } = "";

    public string? ConfirmationTokenHash { get; set; }

    public DateTime? NewEmailConfirmedAt { get; set; }

    // The language the requester used, for the mails about the case.
    public string Culture { get; set; } = "nl";

    public CustomerKind CustomerKind { get; set; }

    // Business customers only: how the directors may act, and how many sent an identity copy.
    public DirectorAuthority? DirectorAuthority { get; set; }

    public int? DirectorCount { get; set; }

    // The one member of Support who reviews the case and alone sees its documents.
    public Guid? ReviewerId { get; set; }

    public DateTime? DecidedAt { get; set; }

    public string? RejectionReason { get; set; }

    public bool TwoFactorReset { get; set; }

    // What is left of the documents once they are deleted: when, by whom, what kind; never their content.
    public DateTime? DocumentsDeletedAt { get; set; }

    public string? DocumentsDeletedBy { get; set; }

    public string? DeletedDocuments { get; set; }

    public List<RecoveryDocument> Documents { get; set; } = [];
}
