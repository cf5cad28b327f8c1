namespace RedIt.Portal.Features.Support.Incoming;

// Whether the last run could read a mailbox, in the database so that the admin start page of
// every instance shows it, whichever instance ran the import.
public class MailboxHealth
{
    public string Name { get; set; } = "";

    // Since when every run failed; empty once one succeeds.
    public DateTime? FailingSince { get; set; }

    // The kind of failure (an exception type), never an address or a message.
    public string? LastError { get; set; }

    public DateTime? LastReadAt { get; set; }
}
