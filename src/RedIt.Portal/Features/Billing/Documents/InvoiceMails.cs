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
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == invoice.CustomerId)
            .Select(c => new { c.Number, c.User.FirstName, c.User.LastName, c.User.Email }).SingleAsync(cancellationToken);
        var credits = invoice.CreditsInvoiceId is { } creditsId
            ? await db.Set<Invoice>().Where(i => i.Id == creditsId).Select(i => i.Number).SingleAsync(cancellationToken)
            : null;
        var file = documents.Render(invoice, customer.Number, credits);
        var format = CultureInfo.GetCultureInfo(invoice.Culture);
        var amount = "€ " + Math.Abs(invoice.Total).ToString("N2", format);
        var url = links.Absolute("/profile/invoices/" + invoice.Number);
        var (subject, paragraphs) = InCulture.Run(invoice.Culture, () => invoice.Kind == InvoiceKind.CreditNote
            ? (text["Credit note {0} from RED-IT", invoice.Number].Value, new List<string>
            {
                text["Attached is credit note {0} for {1}, which corrects invoice {2}.", invoice.Number, amount, credits ?? ""].Value,
                text["If you paid that invoice, we refund the amount to you. You need not do anything."].Value,
                text["You receive this mail because the invoice was sent to you; a credit note is part of the administration we keep for the tax office."].Value,
            })
            : (text["Invoice {0} from RED-IT", invoice.Number].Value, new List<string>
            {
                text["Attached is invoice {0} for {1}, to pay before {2}.", invoice.Number, amount, invoice.DueOn.ToString("d MMMM yyyy", format)].Value,
                text["Pay it online, or see how to pay by bank transfer: {0}", url].Value,
                text["You receive this mail because you ordered or renewed a service at RED-IT. Your invoices are always in My invoices."].Value,
            }));
        var mail = composer.ComposeWritten(new MailRecipient(invoice.Email ?? customer.Email!, invoice.BillingName, invoice.Culture), subject, paragraphs)
            with { Attachments = [new MailAttachment(file.FileName, "application/pdf", file.Content)] };
        outbox.Add(mail, invoice.CustomerId);
    }
}
