namespace RedIt.Portal.Features.DataRequests;

public class DataSubjectRequest
{
    public Guid Id { get; set; }

    public DataRequestKind Kind { get; set; }

    // Null for a request from the public form until an admin links the matching account.
    public Guid? PersonId { get; set; }

    // Captured when the request arrives, so the outcome letter still has an address after erasure.
    public string RequesterName { get; set; } = "";

    public string RequesterEmail { get; set; } = "";

    // "nl" or "en": the language of the letters about this request.
    public string Culture { get; set; } = "nl";

    public string? Message { get; set; }

    public DateTime ReceivedAt { get; set; }

    // GDPR art. 12(3): one month from receipt.
    public DateTime DueAt { get; set; }

    public DateTime? ExtendedUntil { get; set; }

    public string? ExtensionReason { get; set; }

    public DataRequestStatus Status { get; set; }

    // SHA-256 of the secret in the confirmation link of the public form; the secret itself is never stored.
    public string? ConfirmationHash { get; set; }

    public DateTime? ConfirmedAt { get; set; }

    public DateTime? ErasedAt { get; set; }

    // What the erasure kept and why, written when it ran: the letter of outcome quotes it.
    public string? ErasureKept { get; set; }

    public DateTime? CompletedAt { get; set; }

    public Guid? HandledByUserId { get; set; }

    public string? Outcome { get; set; }

    public DateTime Deadline => ExtendedUntil ?? DueAt;

    public bool IsOpen => Status == DataRequestStatus.Open;
}
