using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Billing;
using RedIt.Portal.Features.Billing.Collection;
using RedIt.Portal.Features.DataRequests;
using RedIt.Portal.Tests.Billing.Collection;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Privacy;
using static RedIt.Portal.Tests.DataRequests.RequestPeople;

namespace RedIt.Portal.Tests.Billing;

// Clause 2.4: Dutch tax law keeps invoices for seven years, and an erasure request does not
// shorten that. The erased customer's invoices, their lines, payments, reminders and collection
// claim stay as the law needs them, without the e-mail address or the paying account; once each
// one's seven years are over, the sweep anonymises the invoices and deletes the rest, each on its
// own day. A portal of its own, as the clock is moved seven years on.
[Trait("Policy", "2.4")]
public sealed partial class InvoiceRetentionTests(CollectionPortal portal) : IClassFixture<CollectionPortal>
{
    private const string InvoiceReason = "Dutch tax law (art. 52 AWR) requires keeping invoices for seven years";
    private const string LineReason = "Dutch tax law (art. 52 AWR) requires keeping what an invoice charged for seven years";
    private const string PaymentReason = "Payments are part of the administration Dutch tax law (art. 52 AWR) requires keeping for seven years";
    private const string ClaimReason = "The claim's file: what went to the debt collection agency and when, kept as long as the invoices it collects";
    private const string CommunicationReason = "Part of the claim's file: the proof of the reminders and of the 14-day letter (art. 6:96 BW), kept as long as the invoices they are about";

    [Fact]
    public async Task An_erased_customers_invoices_stay_as_issued_without_the_email_address_and_the_plan_says_until_when_and_why()
    {
        var billed = await BilledCustomerAsync();
        var before = await SnapshotAsync(billed);

        var (ask, asked) = await AskToEraseAsync(billed.Customer);
        var until = Day(billed.Paid.IssuedOn.AddYears(7));
        (string, string, string)[] kept =
        [
            ("Billing (2)", "Kept until " + until, InvoiceReason),
            ("Billing (2)", "Kept until " + until, LineReason),
            ("Billing", "Kept until " + Day(billed.PaidAt.AddYears(7)), PaymentReason),
            ("Reminders and collection", "Kept until " + Day(billed.Claim.HandedOverAt.AddYears(7)), ClaimReason),
            ("Reminders and collection", "Kept until " + Day(billed.Reminder.SentAt.AddYears(7)), CommunicationReason),
        ];
        Assert.Equal(kept.Order(), BillingRows(ask));
        var admin = await People.SignedInStaffAsync(portal);
        var shown = await admin.GetAsync($"/admin/requests/{asked.Id}/erasure");
        Assert.Equal(kept.Order(), BillingRows(shown));
        var erased = await admin.SubmitAndFollowAsync(shown, Form(("Confirm", "true")));
        Assert.Contains("The erasure has been carried out.", erased.Text, StringComparison.Ordinal);

        var after = await SnapshotAsync(billed);
        // The invoice as sent stays, number, date, amounts and billing details; only the e-mail address goes.
        Assert.All(before.Invoices, i => Assert.Equal(billed.Customer.Email, i.Email));
        Assert.Equal(Json(before.Invoices.Select(i => { i.Email = null; return i; })), Json(after.Invoices));
        Assert.All(after.Invoices, i => Assert.Equal($"{billed.Customer.FirstName} {billed.Customer.LastName}", i.BillingName));
        Assert.All(after.Invoices, i => Assert.Equal(billed.Customer.Street, i.BillingStreet));
        Assert.Equal(Json(before.Lines), Json(after.Lines));
        // That the invoice was paid stays bookkeeping; which account paid it does not.
        Assert.Equal("NL** **** **** **** 1234", before.Payment!.MaskedReference);
        before.Payment.MaskedReference = null;
        Assert.Equal(Json(before.Payment), Json(after.Payment));
        // What went to DAS Incasso is the record of what left, and stays as it was sent.
        Assert.Equal(Json(before.Claim), Json(after.Claim));
        Assert.Equal(Json(before.Reminder), Json(after.Reminder));

        var request = await portal.WithDbAsync(db => db.Set<DataSubjectRequest>().AsNoTracking().SingleAsync(r => r.Id == asked.Id));
        Assert.Contains($"Billing: kept until {until}. {InvoiceReason}", request.ErasureKept, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seven_years_on_the_sweep_anonymises_the_erased_customers_invoices_and_deletes_lines_payments_reminders_and_claim_each_on_its_own_day()
    {
        var billed = await BilledCustomerAsync();
        var (_, asked) = await AskToEraseAsync(billed.Customer);
        var admin = await People.SignedInStaffAsync(portal);
        await admin.SubmitAndFollowAsync(await admin.GetAsync($"/admin/requests/{asked.Id}/erasure"), Form(("Confirm", "true")));
        var erased = await SnapshotAsync(billed);
        var issuedOn = billed.Paid.IssuedOn;

        try
        {
            // A day short of seven years nothing changes.
            await SweepAtAsync(issuedOn.AddYears(7).AddDays(-1));
            Assert.Equal(Json(erased), Json(await SnapshotAsync(billed)));

            var sweptAt = await SweepAtAsync(issuedOn.AddYears(7).AddDays(1));
            var seven = await SnapshotAsync(billed);
            Assert.Equal(2, seven.Invoices.Count);
            foreach (var (was, now) in erased.Invoices.Zip(seven.Invoices))
            {
                Assert.Equal(sweptAt, now.AnonymisedAt!.Value, TimeSpan.FromMilliseconds(1));
                Assert.Equal(
                    ("(erased)", "(erased)", "(erased)", "(erased)", "(erased)", (string?)null, (string?)null),
                    (now.BillingName, now.BillingStreet, now.BillingHouseNumber, now.BillingPostalCode, now.BillingCity, now.BuyerVatNumber, now.Email));
                // The bookkeeping itself stays: the tax office's figures do not disappear with the person.
                Assert.Equal(
                    (was.Number, was.Kind, was.IssuedOn, was.DueOn, was.Status, was.TotalExclVat, was.TotalVat, was.Total, was.VatTreatment, was.BillingCountryCode, was.CustomerId),
                    (now.Number, now.Kind, now.IssuedOn, now.DueOn, now.Status, now.TotalExclVat, now.TotalVat, now.Total, now.VatTreatment, now.BillingCountryCode, now.CustomerId));
            }

            Assert.Empty(seven.Lines);
            // Each of the others counts its seven years from its own day.
            Assert.Equal(Json(erased.Payment), Json(seven.Payment));
            Assert.Equal(Json(erased.Reminder), Json(seven.Reminder));
            Assert.Equal(Json(erased.Claim), Json(seven.Claim));

            await SweepAtAsync(billed.PaidAt.AddYears(7).AddDays(1));
            var paid = await SnapshotAsync(billed);
            Assert.Null(paid.Payment);
            Assert.False(await portal.WithDbAsync(db => db.Set<PaymentStatusChange>().AnyAsync(c => c.PaymentId == erased.Payment!.Id)));
            Assert.NotNull(paid.Reminder);

            await SweepAtAsync(billed.Reminder.SentAt.AddYears(7).AddDays(1));
            var reminded = await SnapshotAsync(billed);
            Assert.Null(reminded.Reminder);
            Assert.NotNull(reminded.Claim);

            await SweepAtAsync(billed.Claim.HandedOverAt.AddYears(7).AddDays(1));
            var collected = await SnapshotAsync(billed);
            Assert.Null(collected.Claim);
            Assert.False(await portal.WithDbAsync(db => db.Set<CollectionClaimInvoice>().AnyAsync(l => l.ClaimId == billed.Claim.Id)));
            // The anonymised invoices are never deleted: the numbering stays without gaps.
            Assert.Equal(Json(seven.Invoices), Json(collected.Invoices));
        }
        finally
        {
            portal.Clock.Offset = TimeSpan.Zero;
        }
    }

    private sealed record Billed(Customer Customer, Invoice Paid, Invoice Unpaid, DateTime PaidAt, InvoiceCommunication Reminder, CollectionClaim Claim);

    private sealed record Snapshot(List<Invoice> Invoices, List<InvoiceLine> Lines, PaymentRecord? Payment, InvoiceCommunication? Reminder, CollectionClaim? Claim);

    // A customer who signed up, was invoiced twice 60 days ago, paid one invoice by iDEAL two days
    // later, and had the other handed over to DAS Incasso after its reminder.
    private async Task<Billed> BilledCustomerAsync()
    {
        var customer = await UniqueCustomerAsync(portal);
        portal.Clock.Offset = TimeSpan.FromDays(-60);
        Invoice paid, unpaid;
        try
        {
            paid = await BillingWorld.IssueAsync(portal, customer.Id, ($"Web hosting Pro for {customer.LastName}.nl, 12 months", 1, 100m));
            unpaid = await BillingWorld.IssueAsync(portal, customer.Id, ($"Domain name {customer.LastName}.nl, 12 months", 1, 10m));
        }
        finally
        {
            portal.Clock.Offset = TimeSpan.Zero;
        }

        var paidAt = paid.IssuedOn.AddDays(2);
        var reminder = new InvoiceCommunication
        {
            Id = Guid.NewGuid(), InvoiceId = unpaid.Id, Kind = InvoiceCommunicationKind.Reminder1, SentAt = unpaid.IssuedOn.AddDays(20), Culture = "en",
            Subject = "Reminder: invoice " + unpaid.Number, Text = $"Dear {customer.FirstName} {customer.LastName},",
        };
        var claim = new CollectionClaim
        {
            Id = Guid.NewGuid(), CustomerId = customer.Id, Reference = "RIT-" + unpaid.Number, State = CollectionClaimState.HandedOver,
            HandedOverAt = unpaid.IssuedOn.AddDays(59), StateChangedAt = unpaid.IssuedOn.AddDays(59), CollectorReference = "DAS-" + unpaid.Number,
            Payload = JsonSerializer.Serialize(new { debtor = new { name = unpaid.BillingName, street = unpaid.BillingStreet }, invoices = new[] { unpaid.Number } }),
            Invoices = [new CollectionClaimInvoice { InvoiceId = unpaid.Id }],
        };
        await portal.WithDbAsync(async db =>
        {
            // As MultiSafepay reported it: the method and a masked account, nothing more (1.1).
            db.Add(new PaymentRecord
            {
                Id = Guid.NewGuid(), InvoiceId = paid.Id, Reference = "pay-" + Guid.NewGuid().ToString("N"), Provider = "MultiSafepay", Method = "IDEAL",
                MaskedReference = "NL** **** **** **** 1234", Amount = paid.Total, Status = PaymentStatus.Completed, At = paidAt, UpdatedAt = paidAt,
                Changes = [new PaymentStatusChange { Id = Guid.NewGuid(), Status = PaymentStatus.Completed, At = paidAt }],
            });
            db.AddRange(reminder, claim);
            await db.SaveChangesAsync();
            return await db.Set<Invoice>().Where(i => i.Id == paid.Id).ExecuteUpdateAsync(i => i.SetProperty(x => x.Status, InvoiceStatus.Paid).SetProperty(x => x.PaidAt, paidAt));
        });
        return new Billed(customer, paid, unpaid, paidAt, reminder, claim);
    }

    private async Task<(Browserless.Page Ask, DataSubjectRequest Request)> AskToEraseAsync(Customer customer)
    {
        var ask = await customer.Browser.GetAsync("/profile/data/delete");
        Assert.Equal("Delete my account", ask.Heading);
        await customer.Browser.SubmitAndFollowAsync(ask, Form(("CurrentPassword", People.Password)));
        var request = await portal.WithDbAsync(db => db.Set<DataSubjectRequest>().AsNoTracking().SingleAsync(r => r.PersonId == customer.Id));
        return (ask, request);
    }

    private Task<Snapshot> SnapshotAsync(Billed billed) => portal.WithDbAsync(async db =>
    {
        var ids = new[] { billed.Paid.Id, billed.Unpaid.Id };
        return new Snapshot(
            await db.Set<Invoice>().AsNoTracking().Where(i => ids.Contains(i.Id)).OrderBy(i => i.Number).ToListAsync(),
            await db.Set<InvoiceLine>().AsNoTracking().Where(l => ids.Contains(l.InvoiceId)).OrderBy(l => l.Description).ToListAsync(),
            await db.Set<PaymentRecord>().AsNoTracking().SingleOrDefaultAsync(p => p.InvoiceId == billed.Paid.Id),
            await db.Set<InvoiceCommunication>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == billed.Reminder.Id),
            await db.Set<CollectionClaim>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == billed.Claim.Id));
    });

    // The sweep as its daily job runs it, on the portal's clock moved to `at`.
    private async Task<DateTime> SweepAtAsync(DateTime at)
    {
        portal.Clock.MoveTo(at);
        await using var scope = portal.Services.CreateAsyncScope();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var report = await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(now, dryRun: false);
        foreach (var key in new[] { "Invoice", "InvoiceLine", "PaymentRecord", "InvoiceCommunication", "CollectionClaim" })
        {
            Assert.Null(report.Lines.Single(l => l.Key == key).Failure);
        }

        return now;
    }

    // The plan's lines about invoices and what hangs on them, as the person reads them.
    private static List<(string Data, string Happens, string Why)> BillingRows(Browserless.Page page) =>
        page.Document.QuerySelectorAll("table.plan tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(c => Spaces().Replace(c.TextContent, " ").Trim()).ToArray())
            .Select(c => (c[0], c[1], c[2]))
            .Where(r => r.Item1.StartsWith("Billing", StringComparison.Ordinal) || r.Item1.StartsWith("Reminders and collection", StringComparison.Ordinal))
            .Order()
            .ToList();

    private static string Day(DateTime at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Navigations are not loaded, so this compares the row's own columns.
    private static string Json(object? value) => JsonSerializer.Serialize(value);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
