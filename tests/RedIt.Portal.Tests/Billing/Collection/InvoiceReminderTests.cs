using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Billing;
using RedIt.Portal.Features.Billing.Collection;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Billing.Collection;

// Clause 2.4: a claim goes to DAS Incasso only after the payment term and several reminders. Walked
// day by day on a moved clock: nothing before its day, each step once on its day, however often
// the job runs, and nothing for what is paid. A private customer then gets the 14-day letter
// (art. 6:96 lid 6 BW); a business customer's last reminder gives the last term instead.
[Trait("Policy", "2.4")]
public sealed class InvoiceReminderTests(CollectionPortal portal) : IClassFixture<CollectionPortal>
{
    [Fact]
    public async Task A_private_customer_gets_reminder_1_and_2_and_the_14_day_letter_each_once_on_its_day_and_nothing_for_what_is_paid()
    {
        var issued = new DateOnly(2031, 3, 3);
        portal.MoveToDay(issued);
        var customer = await BillingWorld.CustomerAsync(portal);
        var invoice = await portal.IssueAsync(customer.Id, 100m);
        var paid = await portal.IssueAsync(customer.Id, 20m);
        var credited = await portal.IssueAsync(customer.Id, 30m);
        await BillingWorld.CreditAsync(portal, credited.Id);
        Assert.Equal(new DateOnly(2031, 3, 17), invoice.DueOn);

        var sentOn = await WalkAsync(issued, new DateOnly(2031, 6, 30), invoice.Id, () => portal.WithDbAsync(db =>
            db.Set<Invoice>().Where(i => i.Id == paid.Id).ExecuteUpdateAsync(i => i.SetProperty(x => x.Status, InvoiceStatus.Paid))), payOn: new DateOnly(2031, 3, 20));

        Assert.Equal(
            [(new DateOnly(2031, 3, 24), InvoiceCommunicationKind.Reminder1), (new DateOnly(2031, 4, 7), InvoiceCommunicationKind.Reminder2), (new DateOnly(2031, 4, 14), InvoiceCommunicationKind.FourteenDayLetter)],
            sentOn);
        var sent = await portal.CommunicationsAsync(invoice.Id);
        Assert.Equal([null, null, new DateOnly(2031, 4, 28)], sent.Select(c => c.LastDayToPay));
        Assert.Equal([null, null, 40.00m], sent.Select(c => c.CollectionCosts));
        Assert.All(sent, c => Assert.Equal("nl", c.Culture));
        Assert.Empty(await portal.CommunicationsAsync(paid.Id));
        Assert.Empty(await portal.CommunicationsAsync(credited.Id));
        Assert.Empty(await portal.WithDbAsync(db => db.Set<InvoiceCommunication>().Where(c => c.Invoice.CustomerId == customer.Id && c.Invoice.Kind == InvoiceKind.CreditNote).ToListAsync()));

        // Each went out as stored, in Dutch, with the invoice's PDF, and says why it came.
        var email = customer.User.Email!;
        foreach (var communication in sent)
        {
            var mail = await Mailbox.WaitForAsync(email, communication.Subject);
            Assert.Equal(communication.Text, (mail.TextBody ?? "").ReplaceLineEndings("\n").TrimEnd('\n'));
            Assert.Equal(["factuur-" + invoice.Number + ".pdf"], mail.Attachments.Select(a => ((MimeKit.MimePart)a).FileName));
            Assert.Contains("Je krijgt deze ", communication.Text, StringComparison.Ordinal);
        }

        Assert.Equal("Herinnering: factuur " + invoice.Number + " is nog niet betaald", sent[0].Subject);
        Assert.Equal("2e herinnering: factuur " + invoice.Number + " is nog steeds niet betaald", sent[1].Subject);
        Assert.Contains("Blijft de factuur onbetaald, dan sturen we je een aanmaning met een laatste termijn van 14 dagen", sent[1].Text, StringComparison.Ordinal);
        Assert.Equal(3, Mailbox.All(email).Count);
    }

    [Fact]
    public async Task A_business_customer_gets_no_14_day_letter_and_its_second_reminder_states_the_term_and_the_statutory_costs()
    {
        var issued = new DateOnly(2032, 3, 1);
        portal.MoveToDay(issued);
        var customer = await BillingWorld.CustomerAsync(portal, CustomerKind.Business, "NL", "NL859123456B01");
        var invoice = await portal.IssueAsync(customer.Id, 100m);
        Assert.Equal(new DateOnly(2032, 3, 15), invoice.DueOn);

        var sentOn = await WalkAsync(issued, new DateOnly(2032, 7, 1), invoice.Id);

        Assert.Equal([(new DateOnly(2032, 3, 22), InvoiceCommunicationKind.Reminder1), (new DateOnly(2032, 4, 5), InvoiceCommunicationKind.Reminder2)], sentOn);
        var last = (await portal.CommunicationsAsync(invoice.Id))[^1];
        Assert.Equal((new DateOnly(2032, 4, 19), 40.00m), (last.LastDayToPay!.Value, last.CollectionCosts!.Value));
        Assert.Contains("Betaal hem uiterlijk 19 april 2032, online of per bankoverschrijving zoals op de factuur staat: https://localhost/profile/invoices/" + invoice.Number, last.Text, StringComparison.Ordinal);
        Assert.Contains("Hebben we de betaling dan nog niet ontvangen, dan ben je vanaf de dag erna de wettelijke incassokosten verschuldigd: € 40,00 voor deze factuur (het wettelijke tarief, minimaal € 40; art. 6:96 BW), en kunnen we de vordering overdragen aan ons incassobureau DAS Incasso.", last.Text, StringComparison.Ordinal);
        Assert.Contains("DAS Incasso krijgt dan je naam, je adres, de factuur en de mails die we je erover stuurden.", last.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("aanmaning", last.Text, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("Beste Tulpen Handel,", last.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_letter_states_the_exact_costs_and_last_day_in_Dutch_and_in_English()
    {
        var issued = new DateOnly(2033, 3, 7);
        portal.MoveToDay(issued);
        var dutch = await BillingWorld.CustomerAsync(portal);
        var english = await BillingWorld.CustomerAsync(portal);
        var small = await portal.IssueAsync(dutch.Id, 100m);
        // 2,479.34 plus 21 % VAT (520.66) is 3,000.00.
        var large = await portal.IssueAsync(english.Id, 2_479.34m, "en");
        Assert.Equal((121.00m, 3_000.00m), (small.Total, large.Total));

        await WalkAsync(issued, new DateOnly(2033, 4, 30), small.Id);

        var nl = (await portal.CommunicationsAsync(small.Id)).Single(c => c.Kind == InvoiceCommunicationKind.FourteenDayLetter);
        var en = (await portal.CommunicationsAsync(large.Id)).Single(c => c.Kind == InvoiceCommunicationKind.FourteenDayLetter);
        Assert.Equal((new DateOnly(2033, 4, 18), new DateOnly(2033, 5, 2)), (DateOnly.FromDateTime(nl.SentAt), nl.LastDayToPay!.Value));
        Assert.Equal((40.00m, 425.00m), (nl.CollectionCosts!.Value, en.CollectionCosts!.Value));

        Assert.Equal("Aanmaning: betaal factuur " + small.Number + " uiterlijk 2 mei 2033 zonder extra kosten", nl.Subject);
        Assert.Equal(
            string.Join("\n\n",
                "Beste Femke de Boer,",
                "Ondanks onze herinneringen hebben we je betaling van € 121,00 voor factuur " + small.Number + " nog niet ontvangen. De factuur moest uiterlijk 21 maart 2033 betaald zijn en zit als bijlage bij deze mail.",
                "Je hebt 14 dagen om de factuur zonder extra kosten te betalen. De 14 dagen beginnen op de dag nadat je deze brief ontvangt; we sturen hem per e-mail, dus je ontvangt hem vandaag, 18 april 2033. De laatste dag om te betalen is 2 mei 2033.",
                "Hebben we € 121,00 aan het eind van 2 mei 2033 nog niet ontvangen, dan ben je vanaf de dag erna daarbovenop € 40,00 incassokosten verschuldigd (art. 6:96 BW en het Besluit vergoeding voor buitengerechtelijke incassokosten), en kunnen we de vordering overdragen aan ons incassobureau DAS Incasso.",
                "DAS Incasso krijgt dan je naam, je adres, de factuur en de mails die we je erover stuurden.",
                "Betaal online of per bankoverschrijving zoals op de factuur staat: https://localhost/profile/invoices/" + small.Number,
                "Klopt de factuur volgens jou niet, of kun je hem niet in één keer betalen? Laat het ons uiterlijk 2 mei 2033 weten via https://localhost/contact, dan zoeken we samen naar een oplossing.",
                "Je krijgt deze brief omdat factuur " + small.Number + " na de vervaldatum en onze herinneringen nog niet betaald is. De wet vraagt ons deze brief te sturen voordat we incassokosten in rekening mogen brengen.",
                "Met vriendelijke groet,\nKlantenservice RED-IT"),
            nl.Text);

        Assert.Equal("Notice of default: pay invoice " + large.Number + " by 2 May 2033 without extra costs", en.Subject);
        Assert.Contains("Despite our reminders we have not received your payment of € 3,000.00 for invoice " + large.Number + ", which was due on 21 March 2033. The invoice is attached.", en.Text, StringComparison.Ordinal);
        Assert.Contains("You have 14 days to pay the invoice without extra costs. The 14 days start the day after you receive this letter; we send it by e-mail, so you receive it today, 18 April 2033. The last day to pay is 2 May 2033.", en.Text, StringComparison.Ordinal);
        Assert.Contains("If we have not received € 3,000.00 by the end of 2 May 2033, you owe collection costs of € 425.00 on top of it from the next day (art. 6:96 BW and the Besluit vergoeding voor buitengerechtelijke incassokosten), and we may hand the claim to our collection agency DAS Incasso.", en.Text, StringComparison.Ordinal);
        Assert.Contains("You receive this letter because invoice " + large.Number + " is unpaid after its due date and our reminders.", en.Text, StringComparison.Ordinal);
        var mail = await Mailbox.WaitForAsync(english.User.Email!, en.Subject);
        Assert.Equal("invoice-" + large.Number + ".pdf", ((MimeKit.MimePart)Assert.Single(mail.Attachments)).FileName);
    }

    [Fact]
    public async Task Two_instances_running_at_once_send_a_step_once()
    {
        var issued = new DateOnly(2034, 3, 6);
        portal.MoveToDay(issued);
        var customer = await BillingWorld.CustomerAsync(portal);
        var invoice = await portal.IssueAsync(customer.Id, 100m);
        portal.MoveToDay(invoice.DueOn.AddDays(7));

        var counts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(portal.RemindAsync)));

        Assert.True(counts.Sum() >= 1);
        Assert.Equal([InvoiceCommunicationKind.Reminder1], (await portal.CommunicationsAsync(invoice.Id)).Select(c => c.Kind));
        await Outbox.WaitUntilSentAsync(portal, customer.User.Email!);
        Assert.Single(Mailbox.All(customer.User.Email!));
    }

    [Fact]
    public async Task A_job_that_did_not_run_for_weeks_catches_up_one_step_at_a_time_keeping_the_planned_gaps()
    {
        var issued = new DateOnly(2035, 3, 5);
        portal.MoveToDay(issued);
        var customer = await BillingWorld.CustomerAsync(portal);
        var invoice = await portal.IssueAsync(customer.Id, 100m);

        // The first run is two months after the due date.
        var sentOn = await WalkAsync(invoice.DueOn.AddDays(60), invoice.DueOn.AddDays(120), invoice.Id);

        var first = invoice.DueOn.AddDays(60);
        Assert.Equal([(first, InvoiceCommunicationKind.Reminder1), (first.AddDays(14), InvoiceCommunicationKind.Reminder2), (first.AddDays(21), InvoiceCommunicationKind.FourteenDayLetter)], sentOn);
    }

    // Runs the reminders twice a day from `from` to `to`; what was sent about the invoice, by day.
    private async Task<List<(DateOnly Day, InvoiceCommunicationKind Kind)>> WalkAsync(DateOnly from, DateOnly to, Guid invoiceId, Func<Task>? pay = null, DateOnly? payOn = null)
    {
        var sent = new List<(DateOnly, InvoiceCommunicationKind)>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            portal.MoveToDay(day);
            if (day == payOn)
            {
                await pay!();
            }

            var before = (await portal.CommunicationsAsync(invoiceId)).Count;
            await portal.RemindAsync();
            await portal.RemindAsync();
            var now = await portal.CommunicationsAsync(invoiceId);
            sent.AddRange(now.Skip(before).Select(c => (day, c.Kind)));
        }

        return sent;
    }
}
