using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Infrastructure.Localization;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Services;

// "Your service is ready" and "your order needs you" (2.8), mails about a service the customer
// ordered. Added to the context, not saved, so they go out with the step that sends them.
public sealed class ServiceMails(PortalDbContext db, MailComposer composer, MailOutbox outbox, PortalLinks links, IStringLocalizer<SharedResource> text)
{
    // What is the line's description as ordered, e.g. "Web hosting Basic for example.nl", since a
    // domain and its hosting share a name.
    public Task AddReadyAsync(Service service, string what, string culture, CancellationToken cancellationToken = default) =>
        AddAsync(service, culture, url =>
        {
            var format = CultureInfo.GetCultureInfo(culture);
            List<string> lines = [text["{0} is ready: you can use it from now on.", what].Value];
            if (service.RenewsOn is { } renews)
            {
                lines.Add(text["It renews on {0}; you receive the invoice before then.", renews.ToString("d MMMM yyyy", format)].Value);
            }

            lines.Add(text["See the service and what we sent to whom to deliver it: {0}", url].Value);
            return (text["{0} is ready", what].Value, lines);
        }, cancellationToken);

    // Only a transfer waits for the customer today: its auth code was refused.
    public Task AddNeedsCustomerAsync(Service service, ProvisioningStepKind kind, string culture, CancellationToken cancellationToken = default) =>
        AddAsync(service, culture, url =>
        {
            List<string> lines = kind == ProvisioningStepKind.TransferDomain
                ?
                [
                    text["The transfer of {0} to RED-IT was refused by its current provider or registry.", service.Name].Value,
                    text["This usually means the auth code is wrong or has expired, or the domain is still locked. Ask your current provider for a new auth code and to unlock the domain."].Value,
                    text["Then enter the new auth code here and we try again: {0}", url].Value,
                ]
                : [text["Your order of {0} needs something from you: {1}", service.Name, url].Value];
            return (text["{0}: your order needs you", service.Name].Value, lines);
        }, cancellationToken);

    // "Limit nearly reached" (2.8): what is used of what, what happens at the limit and how to get more.
    public Task AddLimitNearlyReachedAsync(Service service, Usage.UsageMailFacts facts, string culture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(facts);
        return AddAsync(service, culture, url =>
        {
            var format = CultureInfo.GetCultureInfo(culture);
            var product = culture.StartsWith("nl", StringComparison.Ordinal) ? service.Product.NameNl : service.Product.NameEn;
            var used = facts.UsedGb.ToString("0.##", format);
            var limit = facts.LimitGb.ToString("0.##", format);
            var traffic = facts.Metric == UsageMetric.Traffic;
            List<string> lines = traffic
                ?
                [
                    text["{0} ({1}) has used {2} GB of its {3} GB of data traffic this month.", service.Name, product, used, limit].Value,
                    text["When the limit is reached, your website stays online but is slowed down until the traffic counts from zero again on the first of next month."].Value,
                ]
                :
                [
                    text["{0} ({1}) uses {2} GB of its {3} GB of storage.", service.Name, product, used, limit].Value,
                    text["When the storage is full, nothing is deleted, but new files, databases and e-mail can no longer be saved until there is room again."].Value,
                ];
            lines.Add(text["Need more? Our bigger packages are in the shop: {0}. Ask us through {1} and we move your service to one.", links.Absolute("/products"), links.Absolute("/contact")].Value);
            lines.Add(text["See your service and its usage: {0}", url].Value);
            var subject = traffic
                ? text["{0}: {1}% of your data traffic used", service.Name, facts.ThresholdPercent]
                : text["{0}: {1}% of your storage used", service.Name, facts.ThresholdPercent];
            return (subject.Value, lines);
        }, cancellationToken);
    }

    // A renewed certificate has a new key: a customer who installed the old one somewhere themselves
    // has to install the new one before the old one expires, which is why they are told.
    public Task AddCertificateRenewedAsync(Service service, DateTime validUntil, string culture, CancellationToken cancellationToken = default) =>
        AddAsync(service, culture, url =>
        {
            var format = CultureInfo.GetCultureInfo(culture);
            List<string> lines =
            [
                text["The certificate for {0} was renewed; the new one is valid until {1}.", service.Name, validUntil.ToString("d MMMM yyyy", format)].Value,
                text["It has a new private key. If you installed the certificate yourself, download the new certificate and key and install them before the old certificate expires: {0}", url].Value,
            ];
            return (text["{0}: certificate renewed", service.Name].Value, lines);
        }, cancellationToken);

    private async Task AddAsync(Service service, string culture, Func<string, (string Subject, List<string> Lines)> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == service.CustomerId, cancellationToken);
        var url = links.Absolute("/profile/services/" + service.Id.ToString("D", CultureInfo.InvariantCulture));
        var (subject, paragraphs) = InCulture.Run(culture, () =>
        {
            var (subject, lines) = write(url);
            lines.Add(text["You receive this mail because you ordered this service. It is about the service you use, so we send it also when you do not receive our news."].Value);
            return (subject, lines);
        });
        outbox.Add(composer.ComposeWritten(new MailRecipient(user.Email!, user.FullName, culture), subject, paragraphs), user.Id);
    }
}
