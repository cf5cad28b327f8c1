namespace RedIt.Portal.Features.Mailboxes;

public enum SpamReportStatus
{
    Queued,
    Forwarded,
    Failed,
}
