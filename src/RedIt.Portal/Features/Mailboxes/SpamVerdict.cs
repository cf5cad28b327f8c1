namespace RedIt.Portal.Features.Mailboxes;

public enum SpamVerdict
{
    Spam,
    NotSpam,
}
