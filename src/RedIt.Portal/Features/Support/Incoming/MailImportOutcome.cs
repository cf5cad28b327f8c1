namespace RedIt.Portal.Features.Support.Incoming;

public enum MailImportOutcome
{
    OpenedTicket,
    JoinedTicket,
    AlreadyImported,

    // An automatic mail that belongs to no ticket: nothing is stored.
    Ignored,
}
