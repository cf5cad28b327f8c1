using RedIt.Portal.Infrastructure.Files;

namespace RedIt.Portal.Features.Support;

// A file as it came in (a form or a mail), before any check. Content is null when it was too
// large to read at all: only its size is known.
public sealed record AttachmentUpload(string? FileName, long Size, byte[]? Content);

// A file that passed the checks, with the name it will be stored under and its sniffed type.
public sealed record CheckedAttachment(string FileName, SniffedType Type, byte[] Content);

public enum AttachmentRefusal
{
    TooMany,
    TooLarge,
    Empty,
    NotAllowedType,
}

public sealed record RefusedAttachment(string FileName, AttachmentRefusal Reason);

public sealed record AttachmentCheck(IReadOnlyList<CheckedAttachment> Accepted, IReadOnlyList<RefusedAttachment> Refused)
{
    public bool AllAccepted => Refused.Count == 0;
}

// What the thread pages show of a file: never its content.
public sealed record AttachmentLink(Guid Id, Guid MessageId, string FileName, long Size);

public sealed record AttachmentDownload(string FileName, string ContentType, byte[] Content, Guid? PersonId, int TicketNumber);
