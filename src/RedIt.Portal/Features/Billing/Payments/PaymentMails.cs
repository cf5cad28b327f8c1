using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Data;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Infrastructure.Localization;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Billing.Payments;

// "We received your payment": added with the change that settled the invoice, so it goes out once.
public sealed class PaymentMails(PortalDbContext db, MailComposer composer, MailOutbox outbox, PortalLinks links, IStringLocalizer<SharedResource> text)
{
    public async Task AddReceivedAsync(Guid invoiceId, decimal amount, CancellationToken cancellationToken = default)
    {
        var invoice = await db.Set<Invoice>().AsNoTracking().Where(i => i.Id == invoiceId)
            .Select(i => new { i.Number, i.Culture, i.BillingName, i.Email, i.CustomerId, i.OrderId, UserEmail = db.Users.Where(u => u.Id == i.CustomerId).Select(u => u.Email).FirstOrDefault() })
            .SingleAsync(cancellationToken);
        var format = CultureInfo.GetCultureInfo(invoice.Culture);
        var (subject, paragraphs) = InCulture.Run(invoice.Culture, () => (
            text["Payment received for invoice {0}", invoice.Number].Value,
            new List<string>
            {
                text["Thank you: we received € {0} for invoice {1}.", amount.ToString("N2", format), invoice.Number].Value,
                invoice.OrderId is null
                    ? text["The invoice is paid; you need not do anything."].Value
                    : text["We now start delivering your order, and tell you when each service is ready."].Value,
                text["You receive this mail because you paid an invoice of RED-IT. See your invoices: {0}", links.Absolute("/profile/invoices")].Value,
            }));
        outbox.Add(composer.ComposeWritten(new MailRecipient(invoice.Email ?? invoice.UserEmail!, invoice.BillingName, invoice.Culture), subject, paragraphs), invoice.CustomerId);
    }
}
