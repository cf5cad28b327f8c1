using RedIt.Portal.Features.Support.CannedReplies;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Support.Desk;

public sealed record QueueRow(
    int Number,
    string Subject,
    string Email,
    string? Name,
    TicketTopic Topic,
    TicketStatus Status,
    TicketPriority Priority,
    string? AssigneeName,
    DateTime OpenedAt,
    DateTime? WaitingSince);

// Count per status under the other filters; NotClosed is the default tab.
public sealed record StatusCounts(IReadOnlyDictionary<TicketStatus, int> ByStatus)
{
    public int this[TicketStatus status] => ByStatus.GetValueOrDefault(status);

    public int NotClosed => ByStatus.Where(c => c.Key != TicketStatus.Closed).Sum(c => c.Value);

    public int All => ByStatus.Values.Sum();
}

public sealed record StaffMember(Guid Id, string Name, IReadOnlyList<TicketTopic>? Topics);

public sealed record QueueView(
    Paged<QueueRow> Tickets,
    QueueFilter Filter,
    StatusCounts Counts,
    IReadOnlyList<TicketTopic> Topics,
    IReadOnlyList<StaffMember> Staff,
    DateTime Now);

public sealed record ThreadMessage(TicketMessage Message, string? AuthorName)
{
    public IReadOnlyList<AttachmentLink> Attachments { get; init; } = [];
}

// Number is empty for an account that is not a customer (a colleague who wrote in).
public sealed record TicketCustomer(Guid Id, int? Number, string Name, string? Email, string? CompanyName);

public sealed record TicketView(
    Ticket Ticket,
    IReadOnlyList<ThreadMessage> Thread,
    TicketCustomer? Customer,
    string? AssigneeName,
    IReadOnlyList<StaffMember> Staff,
    Guid Me,
    ReplyInput Reply,
    NoteInput Note,
    IReadOnlyList<CannedReplyChoice> CannedReplies,
    Guid? ChosenCannedReply,
    bool PlainText)
{
    // Where the contact form was sent from (1.2): the IP address is kept with the contact message,
    // not the ticket, and staff need it to trace abuse of the form.
    public IReadOnlyList<ContactFormSent> ContactForms { get; init; } = [];
}

public sealed record ContactFormSent(DateTime ReceivedAt, string SenderIp);
