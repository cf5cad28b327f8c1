using System.Globalization;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Infrastructure.Localization;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Orders.Checkout;

// The order confirmation: what was ordered, at what price, and what happens next. Added to the
// context, not saved, so it goes out only if the order is placed.
public sealed class OrderMails(MailComposer composer, MailOutbox outbox, PortalLinks links, IStringLocalizer<SharedResource> text)
{
    public void AddConfirmation(PortalUser user, Order order)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(order);
        var url = links.Absolute("/profile/orders/" + order.Number);
        var format = CultureInfo.GetCultureInfo(order.Culture);
        var (subject, paragraphs) = InCulture.Run(order.Culture, () =>
        {
            var lines = order.Lines.Select(l => string.Create(format,
                $"{l.Quantity} × {l.Description}: € {l.TotalExclVat:N2} {text[Catalog.CatalogTexts.Period(l.PeriodMonths), l.PeriodMonths].Value}"));
            return (text["Your RED-IT order {0}", order.Number].Value, new List<string>
            {
                text["Thank you for your order {0}. You ordered:", order.Number].Value,
                string.Join("\n", lines),
                text["Total excluding VAT: € {0}. VAT is added on the invoice.", order.TotalExclVat.ToString("N2", format)].Value,
                text["You receive the invoice for this order by e-mail. We start delivering as soon as it is paid, and tell you when each service is ready."].Value,
                text["See your order: {0}", url].Value,
            });
        });
        outbox.Add(composer.ComposeWritten(new MailRecipient(user.Email!, user.FullName, order.Culture), subject, paragraphs), user.Id);
    }
}
