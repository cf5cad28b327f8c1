using System.ComponentModel.DataAnnotations;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.AccountRecovery.Desk;

public sealed record RecoveryRow(
    Guid Id, int CustomerNumber, string Name, string? CompanyName, CustomerKind Kind, RecoveryCaseStatus Status,
    DateTime OpenedAt, DateTime? ConfirmedAt, string? Reviewer);

public sealed record RecoveryQueueView(string? Search, Paged<RecoveryRow> Cases);

// What the page shows of a document: never its content.
public sealed record RecoveryDocumentLink(Guid Id, RecoveryDocumentKind Kind, string FileName, string ContentType, long SizeBytes);

public sealed record RecoveryCaseView(
    RecoveryCase Case,
    int CustomerNumber,
    string Name,
    string? CompanyName,
    CustomerKind AccountKind,
    string AccountEmail,
    bool AccountHasTwoFactor,
    string? Reviewer,
    bool IsReviewer,
    int DocumentCount,
    IReadOnlyList<RecoveryDocumentLink> Documents)
{
    public ApproveInput Approve { get; init; } = new();

    public RejectInput Reject { get; init; } = new();

    public bool IsOpen => Case.Status == RecoveryCaseStatus.Open;

    public bool IsBusiness => Case.CustomerKind == CustomerKind.Business;
}

public sealed class ApproveInput
{
    // Business cases: the date printed on the KvK extract, which may be 3 months old at most.
    [Display(Name = "Extract dated")]
    [DataType(DataType.Date)]
    public DateOnly? ExtractDated { get; set; }

    [Display(Name = "Also turn off two-factor authentication (the customer lost the device too)")]
    public bool ResetTwoFactor { get; set; }
}

public sealed class RejectInput
{
    public const int ReasonLength = 1000;

    [Display(Name = "Reason (sent to the new address)")]
    [Required(ErrorMessage = "Please give the reason: it is sent to the requester.")]
    [StringLength(ReasonLength, ErrorMessage = "The reason can be at most {1} characters.")]
    public string? Reason { get; set; }
}
