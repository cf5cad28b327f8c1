using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Data;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Infrastructure.Localization;
using RedIt.Portal.Infrastructure.Web;
using RedIt.Portal.Infrastructure.Time;

namespace RedIt.Portal.Features.Colocation;

// Support's decision on a visit, to the customer who asked for it (2.5). Added to the context, not
// saved, so the mail goes out with the decision or not at all.
public sealed class VisitMails(PortalDbContext db, MailComposer composer, MailOutbox outbox, PortalLinks links, IStringLocalizer<SharedResource> text)
{
    public async Task AddDecidedAsync(DecidedVisit visit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == visit.CustomerId, cancellationToken);
        var url = links.Absolute($"/profile/services/{visit.ServiceId:D}/visits");
        var culture = user.PreferredCulture;
        var (subject, paragraphs) = InCulture.Run(culture, () =>
        {
            var format = CultureInfo.GetCultureInfo(culture);
            var when = AmsterdamTime.Window(visit.StartsAt, visit.EndsAt, format);
            var day = AmsterdamTime.ToLocal(visit.StartsAt).ToString("d MMMM yyyy", format);
            var why = text["You receive this mail because you requested this visit for {0}.", visit.ServiceName].Value;
            if (visit.DeclineReason is { } reason)
            {
                return (text["Your datacenter visit on {0} is not approved", day].Value, new List<string>
                {
                    text["Customer service could not approve your visit to the datacenter ({0}). The reason they gave:", when].Value,
                    // The reviewer's own words, as they wrote them.
                    reason,
                    text["Nothing was passed on to the datacenter provider. You can request another visit: {0}", url].Value,
                    why,
                });
            }

            return (text["Your datacenter visit on {0} is approved", day].Value, new List<string>
            {
                text["Customer service approved your visit to the datacenter: {0}, rack {1} (Amsterdam time).", when, visit.Rack].Value,
                text["Visitors: {0}. Each of them shows an identity document at the entrance.", string.Join(", ", visit.Visitors)].Value,
                text["We now give the visitors' first and last names and the time of the visit to our datacenter provider, so they can let them in, and nothing else about you or them."].Value,
                text["See or cancel your visits: {0}", url].Value,
                why,
            });
        });
        outbox.Add(composer.ComposeWritten(new MailRecipient(user.Email!, user.FullName, culture), subject, paragraphs), user.Id);
    }

    public void Wake() => outbox.Wake();
}

// What the mail about a decision tells; a reason means it was declined.
public sealed record DecidedVisit(Guid CustomerId, Guid ServiceId, string ServiceName, DateTime StartsAt, DateTime EndsAt, string Rack, IReadOnlyList<string> Visitors, string? DeclineReason);
