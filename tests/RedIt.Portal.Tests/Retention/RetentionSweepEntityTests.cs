using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.AccountRecovery;
using RedIt.Portal.Features.Billing;
using RedIt.Portal.Features.Calls;
using RedIt.Portal.Features.Contact;
using RedIt.Portal.Features.Disclosures;
using RedIt.Portal.Features.ErrorReports;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Privacy;
using RedIt.Privacy;

namespace RedIt.Portal.Tests.Retention;

// The sweep on the portal's real entities: each row a day past its period goes, each row a day
// short of it stays. Rows are checked by id, so data other tests left behind cannot blur the result.
[Collection(PortalCollectionDefinition.Name)]
public sealed class RetentionSweepEntityTests(PortalFactory portal)
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    [Fact]
    [Trait("Policy", "2.4")]
    [Trait("Policy", "2.1")]
    [Trait("Policy", "1.2")]
    [Trait("Policy", "2.10")]
    public async Task The_sweep_removes_exactly_what_expired_on_each_entity_and_a_dry_run_changes_nothing()
    {
        var now = DateTime.UtcNow;
        var seed = new PersonSeed(portal);
        await seed.CustomerAsync();
        var oldMessage = await seed.ContactMessageAsync(now.AddYears(-2) - Day);
        var recentMessage = await seed.ContactMessageAsync(now.AddYears(-2) + Day);
        var (closedTicket, closedTicketMessage) = await seed.TicketAsync(now.AddYears(-3), now.AddYears(-2) - Day, now.AddYears(-2) - Day);
        // An open ticket keeps even its oldest message: messages go with their ticket, not by their own age.
        var (openTicket, oldMessageOfOpenTicket) = await seed.TicketAsync(now.AddYears(-3), closedAt: null, messageSentAt: now.AddYears(-3));
        var (expiredInvoice, expiredPayment) = await seed.InvoiceAsync(now.AddYears(-7) - Day);
        var (keptInvoice, keptPayment) = await seed.InvoiceAsync(now.AddYears(-7) + Day);
        var (abandonedCase, abandonedDocument) = await seed.RecoveryCaseAsync(now.AddDays(-31), now.AddDays(-31));
        var (_, freshDocument) = await seed.RecoveryCaseAsync(now.AddDays(-29), now.AddDays(-29));
        var (oldCall, oldCallRecording) = await seed.CallAsync(now.AddYears(-1) - Day, now.AddYears(-1) - Day);
        var (recentCall, oldRecording) = await seed.CallAsync(now.AddDays(-91), now.AddDays(-91));
        var (_, freshRecording) = await seed.CallAsync(now.AddDays(-89), now.AddDays(-89));
        var oldReport = await seed.ErrorReportAsync(now.AddDays(-91));
        var freshReport = await seed.ErrorReportAsync(now.AddDays(-89));
        var oldDisclosure = await seed.DisclosureAsync(now.AddYears(-7) - Day);
        var keptDisclosure = await seed.DisclosureAsync(now.AddYears(-7) + Day);
        var givenUpMail = await seed.QueuedMailAsync(now.AddDays(-8));
        var waitingMail = await seed.QueuedMailAsync(now.AddDays(-6));
        var all = new Row[]
        {
            Row<ContactMessage>(oldMessage), Row<ContactMessage>(recentMessage),
            Row<Ticket>(closedTicket), Row<TicketMessage>(closedTicketMessage), Row<Ticket>(openTicket), Row<TicketMessage>(oldMessageOfOpenTicket),
            Row<PaymentRecord>(expiredPayment), Row<PaymentRecord>(keptPayment),
            Row<RecoveryDocument>(abandonedDocument), Row<RecoveryDocument>(freshDocument), Row<RecoveryCase>(abandonedCase),
            Row<CallRecord>(oldCall), Row<CallRecording>(oldCallRecording), Row<CallRecord>(recentCall),
            Row<CallRecording>(oldRecording), Row<CallRecording>(freshRecording),
            Row<ErrorReport>(oldReport), Row<ErrorReport>(freshReport),
            Row<Disclosure>(oldDisclosure), Row<Disclosure>(keptDisclosure),
            Row<QueuedMail>(givenUpMail), Row<QueuedMail>(waitingMail),
        };

        var dryRun = await SweepAsync(now, dryRun: true);
        Assert.All(all, row => Assert.True(row.Exists(portal), $"The dry run removed {row}."));
        Assert.Null((await InvoiceAsync(expiredInvoice)).AnonymisedAt);
        foreach (var key in new[] { "ContactMessage", "Ticket", "PaymentRecord", "Invoice", "RecoveryDocument", "CallRecord", "CallRecording", "ErrorReport", "Disclosure", "QueuedMail" })
        {
            Assert.True(dryRun.Lines.Single(l => l.Key == key).Rows >= 1, $"The dry run found nothing to do for {key}.");
        }

        var report = await SweepAsync(now, dryRun: false);
        Assert.False(report.DryRun);
        var gone = new[] { oldMessage, closedTicket, closedTicketMessage, expiredPayment, abandonedDocument, oldCall, oldCallRecording, oldRecording, oldReport, oldDisclosure, givenUpMail };
        foreach (var row in all)
        {
            Assert.True(row.Exists(portal) != gone.Contains(row.Id), $"{row} should {(gone.Contains(row.Id) ? "be gone" : "still be there")}.");
        }

        // Invoices stay, anonymised, once the seven years of Dutch tax law are over; not a day before.
        var expired = await InvoiceAsync(expiredInvoice);
        Assert.NotNull(expired.AnonymisedAt);
        Assert.DoesNotContain(seed.Tag, expired.BillingName + expired.BillingStreet + expired.BillingCity, StringComparison.Ordinal);
        Assert.Null(expired.Email);
        var kept = await InvoiceAsync(keptInvoice);
        Assert.Null(kept.AnonymisedAt);
        Assert.Equal($"{seed.FirstName} {seed.LastName}", kept.BillingName);
        Assert.Equal(seed.Email, kept.Email);

        var again = await SweepAsync(now, dryRun: true);
        Assert.Equal(0, again.Lines.Single(l => l.Key == "Invoice").Rows);
    }

    [Fact]
    [Trait("Policy", "1.2")]
    public async Task The_IP_address_of_a_contact_message_goes_after_90_days_while_the_message_stays()
    {
        var now = DateTime.UtcNow;
        var seed = new PersonSeed(portal);
        await seed.CustomerAsync();
        var oldContact = await seed.ContactMessageAsync(now.AddDays(-90) - Day);
        var freshContact = await seed.ContactMessageAsync(now.AddDays(-90) + Day);

        var report = await SweepAsync(now, dryRun: false);

        Assert.True(report.Lines.Single(l => l.Key == "ContactMessage.SenderIp").Rows >= 1);
        var contacts = await portal.WithDbAsync(db => db.Set<ContactMessage>().AsNoTracking()
            .Where(m => m.Id == oldContact || m.Id == freshContact).ToDictionaryAsync(m => m.Id));
        Assert.Equal((null, seed.IpAddress), (contacts[oldContact].SenderIp, contacts[freshContact].SenderIp));
        Assert.Equal(contacts[freshContact].Message, contacts[oldContact].Message);
    }

    [Fact]
    [Trait("Policy", "2.1")]
    public async Task Closing_a_recovery_case_deletes_its_documents_at_once()
    {
        var seed = new PersonSeed(portal);
        await seed.CustomerAsync();
        var now = DateTime.UtcNow;
        var (recovery, document) = await seed.RecoveryCaseAsync(now, now);
        var (other, otherDocument) = await seed.RecoveryCaseAsync(now, now);

        await InScopeAsync(services => services.GetRequiredService<RecoveryCases>().CloseAsync(recovery, RecoveryCaseStatus.Restored, "Sam Staff"));

        Assert.False(Row<RecoveryDocument>(document).Exists(portal));
        Assert.True(Row<RecoveryDocument>(otherDocument).Exists(portal));
        var closed = await portal.WithDbAsync(db => db.Set<RecoveryCase>().AsNoTracking().SingleAsync(c => c.Id == recovery));
        Assert.Equal(RecoveryCaseStatus.Restored, closed.Status);
        Assert.NotNull(closed.ClosedAt);
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            InScopeAsync(services => services.GetRequiredService<RecoveryCases>().CloseAsync(recovery, RecoveryCaseStatus.Rejected, "Sam Staff")));
        Assert.True(Row<RecoveryCase>(other).Exists(portal));
    }

    [Fact]
    [Trait("Policy", "2.1")]
    public async Task Recovery_documents_are_stored_encrypted_and_read_back_only_through_the_service()
    {
        var seed = new PersonSeed(portal);
        await seed.CustomerAsync();
        var (recovery, document) = await seed.RecoveryCaseAsync(DateTime.UtcNow, DateTime.UtcNow);
        var plaintext = PersonSeed.DocumentContent(seed.Tag);

        var stored = await portal.WithDbAsync(db => db.Set<RecoveryDocument>().Where(d => d.Id == document).Select(d => d.EncryptedContent).SingleAsync());
        Assert.NotEmpty(stored);
        Assert.Equal(-1, stored.AsSpan().IndexOf(plaintext));
        Assert.Equal(-1, stored.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(seed.Tag)));

        var read = await InScopeAsync(services => services.GetRequiredService<RecoveryCases>().ReadDocumentAsync(recovery, document));
        Assert.Equal(plaintext, read?.Content);
    }

    private async Task<RetentionSweepReport> SweepAsync(DateTime now, bool dryRun) =>
        await InScopeAsync(services => services.GetRequiredService<RetentionSweep>().RunAsync(now, dryRun));

    private Task<Invoice> InvoiceAsync(Guid id) =>
        portal.WithDbAsync(db => db.Set<Invoice>().AsNoTracking().SingleAsync(i => i.Id == id));

    private static Row Row<T>(Guid id)
        where T : class => new(typeof(T).Name, id, portal => portal.WithScope(services =>
            services.GetRequiredService<RedIt.Portal.Data.PortalDbContext>().Set<T>().Any(e => EF.Property<Guid>(e, "Id") == id)));

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private async Task InScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }
}

internal sealed record Row(string Entity, Guid Id, Func<PortalFactory, bool> Check)
{
    public bool Exists(PortalFactory portal) => Check(portal);

    public override string ToString() => $"{Entity} {Id}";
}
