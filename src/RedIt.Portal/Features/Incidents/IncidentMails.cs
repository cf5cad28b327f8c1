using Microsoft.Extensions.Localization;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Infrastructure.Localization;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Incidents;

// The outage mail (2.8): a service mail, not news, so it needs no consent; it says which of the
// customer's services it is about, which is why this customer gets it.
public sealed class IncidentMails(MailComposer composer, MailOutbox outbox, PortalLinks links, IStringLocalizer<SharedResource> text)
{
    public void AddOutage(Incident incident, Guid customerId, MailRecipient to, IReadOnlyList<string> services)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(to);
        var (subject, paragraphs) = InCulture.Run(to.Culture, () =>
        {
            var dutch = to.Culture.StartsWith("nl", StringComparison.Ordinal);
            return (text["Outage: {0}", dutch ? incident.TitleNl : incident.TitleEn].Value, new List<string>
            {
                dutch ? incident.BodyNl : incident.BodyEn,
                text["You receive this mail because it affects a service you have with RED-IT: {0}. It is about the service you use, so we send it also when you do not receive our news.", string.Join(", ", services)].Value,
                text["What is happening now is on our status page: {0}", links.Absolute("/status")].Value,
            });
        });
        outbox.Add(composer.ComposeWritten(to, subject, paragraphs), customerId);
    }
}
