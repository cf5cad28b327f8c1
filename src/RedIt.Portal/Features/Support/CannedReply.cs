namespace RedIt.Portal.Features.Support;

// A standard answer support staff keep in Dutch and English and paste into a reply, to edit
// before sending. It is written for any customer, so it holds nobody's details.
public class CannedReply
{
    public Guid Id { get; set; }

    public string Title { get; set; } = "";

    // "nl" or "en": the desk offers the ones in the ticket's language first.
    public string Culture { get; set; } = "nl";

    // Empty when it suits every topic.
    public TicketTopic? Topic { get; set; }

    public string Body { get; set; } = "";

    public DateTime UpdatedAt { get; set; }
}
