using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Data;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Infrastructure.Localization;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Billing.Documents;

// The mail an invoice or credit note is sent with, its PDF attached. Added to the context with the
// invoice, so it goes out only if the invoice is stored; the caller wakes the outbox after commit.
public sealed class InvoiceMails(PortalDbContext db, InvoiceDocuments documents, MailComposer composer, MailOutbox outbox, PortalLinks links, IStringLocalizer<SharedResource> text)
{
    public async Task AddIssuedAsync(Invoice invoice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        await AddAsync(invoice, null, cancellationToken);
    }

    // The invoice of a renewal nobody ordered today: the mail says which service renews on which
    // day, so the customer knows why it came.
    public async Task AddRenewalAsync(Invoice invoice, string serviceName, DateOnly renewsOn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        await AddAsync(invoice, (serviceName, renewsOn), cancellationToken);
    }

    private async Task AddAsync(Invoice invoice, (string Service, DateOnly On)? renewal, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == invoice.CustomerId)
            .Select(c => new { c.Number, c.User.FirstName, c.User.LastName, c.User.Email }).SingleAsync(cancellationToken);
        var credits = invoice.CreditsInvoiceId is { } creditsId
            ? await db.Set<Invoice>().Where(i => i.Id == creditsId).Select(i => i.Number).SingleAsync(cancellationToken)
            : null;
        var file = documents.Render(invoice, customer.Number, credits);
        var format = CultureInfo.GetCultureInfo(invoice.Culture);
        var amount = "€ " + Math.Abs(invoice.Total).ToString("N2", format);
        var url = links.Absolute("/profile/invoices/" + invoice.Number);
        var (subject, paragraphs) = InCulture.Run(invoice.Culture, () => (invoice.Kind, renewal) switch
        {
            (InvoiceKind.CreditNote, _) => (text["Credit note {0} from RED-IT", invoice.Number].Value, new List<string>
            {
                text["Attached is credit note {0} for {1}, which corrects invoice {2}.", invoice.Number, amount, credits ?? ""].Value,
                text["If you paid that invoice, we refund the amount to you. You need not do anything."].Value,
                text["You receive this mail because the invoice was sent to you; a credit note is part of the administration we keep for the tax office."].Value,
            }),
            (_, { } renews) => (text["Invoice {0} from RED-IT for the renewal of {1}", invoice.Number, renews.Service].Value, new List<string>
            {
                text["{0} renews on {1}. Attached is invoice {2} for the next period, {3}, to pay before {4}.", renews.Service, renews.On.ToString("d MMMM yyyy", format), invoice.Number, amount, invoice.DueOn.ToString("d MMMM yyyy", format)].Value,
                text["Pay it online, or see how to pay by bank transfer: {0}", url].Value,
                text["Once it is paid, we renew {0} for you. Your invoices are always in My invoices.", renews.Service].Value,
                text["You receive this mail because {0} renews on {1}, and we invoice a renewal before that day.", renews.Service, renews.On.ToString("d MMMM yyyy", format)].Value,
            }),
            _ => (text["Invoice {0} from RED-IT", invoice.Number].Value, new List<string>
            {
                text["Attached is invoice {0} for {1}, to pay before {2}.", invoice.Number, amount, invoice.DueOn.ToString("d MMMM yyyy", format)].Value,
                text["Pay it online, or see how to pay by bank transfer: {0}", url].Value,
                text["You receive this mail because you ordered or renewed a service at RED-IT. Your invoices are always in My invoices."].Value,
            }),
        });
        var mail = composer.ComposeWritten(new MailRecipient(invoice.Email ?? customer.Email!, invoice.BillingName, invoice.Culture), subject, paragraphs)
            with { Attachments = [new MailAttachment(file.FileName, "application/pdf", file.Content)] };
        outbox.Add(mail, invoice.CustomerId);
    }
}
