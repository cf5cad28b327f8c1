using System.Security.Claims;
using RedIt.Portal.Features.Accounts;

namespace RedIt.Portal.Features.Support.Desk;

// The one place that says which tickets a staff member may see: Support and Admin all of them,
// Sales the sales questions, Finance the billing ones. Anything outside answers 404.
public sealed class DeskScope(IHttpContextAccessor http)
{
    // Null: every topic.
    public static IReadOnlyList<TicketTopic>? TopicsFor(Func<string, bool> isInRole)
    {
        ArgumentNullException.ThrowIfNull(isInRole);
        if (isInRole(PortalRoles.Support) || isInRole(PortalRoles.Admin))
        {
            return null;
        }

        var topics = new List<TicketTopic>();
        if (isInRole(PortalRoles.Sales))
        {
            topics.Add(TicketTopic.Sales);
        }

        if (isInRole(PortalRoles.Finance))
        {
            topics.Add(TicketTopic.Billing);
        }

        return topics;
    }

    public static bool Sees(IReadOnlyList<TicketTopic>? topics, TicketTopic topic) => topics is null || topics.Contains(topic);

    public IQueryable<Ticket> Visible(IQueryable<Ticket> tickets)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        var topics = TopicsFor(User.IsInRole);
        return topics is null ? tickets : tickets.Where(t => topics.Contains(t.Topic));
    }

    public IReadOnlyList<TicketTopic> Topics => TopicsFor(User.IsInRole) ?? Enum.GetValues<TicketTopic>();

    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();
}
