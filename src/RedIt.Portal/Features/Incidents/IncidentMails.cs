using System.Globalization;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Infrastructure.Localization;
using RedIt.Portal.Infrastructure.Web;
using RedIt.Portal.Infrastructure.Time;

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

    // An update to a customer who got the outage mail (at toldAt): that earlier mail is why they get this one.
    public void AddUpdate(Incident incident, IncidentUpdate update, Guid customerId, MailRecipient to, DateTime toldAt)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(to);
        var (subject, paragraphs) = InCulture.Run(to.Culture, () =>
        {
            var dutch = to.Culture.StartsWith("nl", StringComparison.Ordinal);
            var title = dutch ? incident.TitleNl : incident.TitleEn;
            var told = AmsterdamTime.ToLocal(toldAt).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(to.Culture));
            return (update.Status == IncidentStatus.Resolved ? text["Resolved: {0}", title].Value : text["Update on the outage: {0}", title].Value, new List<string>
            {
                dutch ? update.BodyNl : update.BodyEn,
                text["Status: {0}", text[IncidentTexts.Status(update.Status)].Value].Value,
                text["You receive this mail because we mailed you on {0} about this outage, which affects a service you have with RED-IT. It is about the service you use, so we send it also when you do not receive our news.", told].Value,
                text["What is happening now is on our status page: {0}", links.Absolute("/status")].Value,
            });
        });
        outbox.Add(composer.ComposeWritten(to, subject, paragraphs), customerId);
    }
}
