using System.Globalization;

namespace RedIt.Portal.Features.Support.Desk;

// What the queue's address asks for: /desk?status=new&topic=sales&assignee=me&sort=waiting&q=1042.
public sealed record QueueFilter(string? Status, string? Topic, string? Assignee, string? Sort, string? Q, int Page = 1)
{
    public const string Me = "me";
    public const string Unassigned = "none";
    public const string All = "all";
    public const string WaitingLongest = "waiting";

    public TicketStatus? StatusValue => Enum.TryParse<TicketStatus>(Status, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : null;

    public TicketTopic? TopicValue => Enum.TryParse<TicketTopic>(Topic, ignoreCase: true, out var t) && Enum.IsDefined(t) ? t : null;

    public Guid? AssigneeId => Guid.TryParse(Assignee, out var id) ? id : null;

    public bool AllStatuses => string.Equals(Status, All, StringComparison.OrdinalIgnoreCase);

    public string? Search => string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();

    // "#1042", as ticket numbers are written in mail subjects; a bare number is also searched in the text.
    public static int? TicketNumber(string search) =>
        search.Length > 1 && search[0] == '#'
            && int.TryParse(search.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    // The address of the queue with one filter changed and the rest kept, back on page 1.
    public string With(string? status = null, bool keepStatus = true)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("status", keepStatus ? Status : status);
        Add("topic", Topic);
        Add("assignee", Assignee);
        Add("sort", Sort);
        Add("q", Search);
        return "/desk" + (parts.Count == 0 ? "" : "?" + string.Join('&', parts));
    }

    public static string Key(TicketStatus status) => status.ToString().ToLower(CultureInfo.InvariantCulture);
}
