using System.Globalization;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Features.Billing.Documents;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Infrastructure.Localization;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Billing.Collection;

// The reminders and the 14-day letter, in the invoice's language, with its PDF attached. Each
// says why the customer gets it and what happens next; the letter states what art. 6:96 lid 6 BW
// asks of it: the 14 days from the day after it is received (a mail: the day it is sent), the
// exact last day, and the exact costs due after it.
public sealed class ReminderMails(InvoiceDocuments documents, MailComposer composer, PortalLinks links, IStringLocalizer<SharedResource> text)
{
    public ReminderMail Compose(Invoice invoice, int customerNumber, string toAddress, ReminderStep step, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(step);
        var file = documents.Render(invoice, customerNumber, creditsNumber: null);
        var format = CultureInfo.GetCultureInfo(invoice.Culture);
        string Money(decimal amount) => "€ " + amount.ToString("N2", format);
        string Day(DateOnly day) => day.ToString("d MMMM yyyy", format);
        var amount = Money(invoice.Total);
        var dueOn = Day(invoice.DueOn);
        var pay = links.Absolute("/profile/invoices/" + invoice.Number);
        var letter = step.IsLetter;
        DateOnly? lastDay = step.Final ? StatutoryCollectionCosts.LastDayToPay(today) : null;
        decimal? costs = step.Final ? StatutoryCollectionCosts.For(invoice.Total) : null;

        var (subject, paragraphs) = InCulture.Run(invoice.Culture, () =>
        {
            var subject = letter
                ? text["Notice of default: pay invoice {0} by {1} without extra costs", invoice.Number, Day(lastDay!.Value)].Value
                : step.Number == 1
                    ? text["Reminder: invoice {0} is overdue", invoice.Number].Value
                    : text["Reminder {1}: invoice {0} is still unpaid", invoice.Number, step.Number].Value;
            var paragraphs = new List<string>
            {
                letter
                    ? text["Despite our reminders we have not received your payment of {1} for invoice {0}, which was due on {2}. The invoice is attached.", invoice.Number, amount, dueOn].Value
                    : step.Number == 1
                        ? text["We have not yet received your payment of {1} for invoice {0}, which was due on {2}. The invoice is attached.", invoice.Number, amount, dueOn].Value
                        : text["Despite our earlier reminder we have not received your payment of {1} for invoice {0}, which was due on {2}. The invoice is attached.", invoice.Number, amount, dueOn].Value,
            };
            if (letter)
            {
                paragraphs.Add(text["You have 14 days to pay the invoice without extra costs. The 14 days start the day after you receive this letter; we send it by e-mail, so you receive it today, {0}. The last day to pay is {1}.", Day(today), Day(lastDay!.Value)].Value);
                paragraphs.Add(text["If we have not received {0} by the end of {1}, you owe collection costs of {2} on top of it from the next day (art. 6:96 BW and the Besluit vergoeding voor buitengerechtelijke incassokosten), and we may hand the claim to our collection agency DAS Incasso.", amount, Day(lastDay.Value), Money(costs!.Value)].Value);
                paragraphs.Add(text["DAS Incasso then receives your name, your address, the invoice and the mails we sent you about it."].Value);
                paragraphs.Add(text["Pay online or by bank transfer as the invoice says: {0}", pay].Value);
                paragraphs.Add(text["Do you think the invoice is wrong, or can you not pay it at once? Let us know by {0} through {1}, and we look for a solution together.", Day(lastDay.Value), links.Absolute("/contact")].Value);
                paragraphs.Add(text["You receive this letter because invoice {0} is unpaid after its due date and our reminders. The law asks us to send it before collection costs can be charged.", invoice.Number].Value);
                return (subject, paragraphs);
            }

            if (step.Final)
            {
                paragraphs.Add(text["Please pay it by {0} at the latest, online or by bank transfer as the invoice says: {1}", Day(lastDay!.Value), pay].Value);
                paragraphs.Add(text["If we have not received the payment by then, the statutory collection costs are due from the next day: {0} for this invoice (the statutory scale, at least € 40; art. 6:96 BW), and we may hand the claim to our collection agency DAS Incasso.", Money(costs!.Value)].Value);
                paragraphs.Add(text["DAS Incasso then receives your name, your address, the invoice and the mails we sent you about it."].Value);
            }
            else
            {
                paragraphs.Add(text["Please pay it now, online or by bank transfer as the invoice says: {0}", pay].Value);
                if (step.LetterNext)
                {
                    paragraphs.Add(text["If the invoice stays unpaid, we send you a formal notice with a last term of 14 days; after that term collection costs are due."].Value);
                }
            }

            paragraphs.Add(text["Did you pay in the last few days? Then our mails crossed and you need not do anything."].Value);
            paragraphs.Add(text["You receive this mail because invoice {0} of RED-IT to you is past its due date. Your invoices are always in My invoices.", invoice.Number].Value);
            return (subject, paragraphs);
        });

        var mail = composer.ComposeWritten(new MailRecipient(toAddress, invoice.BillingName, invoice.Culture), subject, paragraphs)
            with { Attachments = [new MailAttachment(file.FileName, "application/pdf", file.Content)] };
        return new ReminderMail(mail, lastDay, costs);
    }
}
