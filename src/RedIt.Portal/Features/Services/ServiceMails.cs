using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Data;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Infrastructure.Localization;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Services;

// "Your service is ready" (2.8), a mail about a service the customer ordered. Added to the
// context, not saved, so it goes out with the provisioning step that completed the service.
public sealed class ServiceMails(PortalDbContext db, MailComposer composer, MailOutbox outbox, PortalLinks links, IStringLocalizer<SharedResource> text)
{
    // What is the line's description as ordered, e.g. "Web hosting Basic for example.nl", since a
    // domain and its hosting share a name.
    public async Task AddReadyAsync(Service service, string what, string culture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == service.CustomerId, cancellationToken);
        var url = links.Absolute("/profile/services/" + service.Id.ToString("D", CultureInfo.InvariantCulture));
        var (subject, paragraphs) = InCulture.Run(culture, () =>
        {
            var format = CultureInfo.GetCultureInfo(culture);
            List<string> lines = [text["{0} is ready: you can use it from now on.", what].Value];
            if (service.RenewsOn is { } renews)
            {
                lines.Add(text["It renews on {0}; you receive the invoice before then.", renews.ToString("d MMMM yyyy", format)].Value);
            }

            lines.Add(text["See the service and what we sent to whom to deliver it: {0}", url].Value);
            lines.Add(text["You receive this mail because you ordered this service. It is about the service you use, so we send it also when you do not receive our news."].Value);
            return (text["{0} is ready", what].Value, lines);
        });
        outbox.Add(composer.ComposeWritten(new MailRecipient(user.Email!, user.FullName, culture), subject, paragraphs), user.Id);
    }
}
