using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Support.CannedReplies;

// What the list's address asks for: /desk/canned-replies?q=password&culture=en&page=2.
public sealed record CannedReplyFilter(string? Q, string? Culture, int Page = 1)
{
    public string? Search => string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();

    public string? CultureValue => CannedReplyText.Cultures.Contains(Culture) ? Culture : null;
}

public sealed record CannedReplyRow(Guid Id, string Title, string Culture, TicketTopic? Topic, DateTime UpdatedAt);

public sealed record CannedReplyList(Paged<CannedReplyRow> Replies, CannedReplyFilter Filter);

// Id is empty while the reply is new.
public sealed record CannedReplyForm(Guid? Id, CannedReplyInput Input);

// One reply offered on a ticket, its placeholders filled in for that ticket.
public sealed record CannedReplyChoice(Guid Id, string Title, string Culture, TicketTopic? Topic, string Text);
