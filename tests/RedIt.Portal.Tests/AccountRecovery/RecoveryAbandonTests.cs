using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using RedIt.Portal.Data;
using RedIt.Portal.Features.AccountRecovery;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.AccountRecovery;

// Clause 2.1: a case nobody decides loses its documents after the limit the public page states.
[Trait("Policy", "2.1")]
public sealed class RecoveryAbandonTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_case_not_decided_within_14_days_is_abandoned_and_its_documents_deleted()
    {
        var (email, _, personId) = await Recoveries.CustomerAsync(portal);
        var (confirmed, marker) = await Recoveries.ConfirmedCaseAsync(portal, email, People.NewEmail("recovered"));
        var ciphertext = confirmed.Documents.Single().EncryptedContent;
        var unconfirmedEmail = People.NewEmail("recovered");
        await Recoveries.SubmitAsync(new Browserless(portal.CreateClient()), Recoveries.Private(email, unconfirmedEmail), Recoveries.Identity(Recoveries.MarkedPdf("unconfirmed")));
        var opened = confirmed.OpenedAt;

        // A day before the limit nothing happens; at the limit both go.
        Assert.Equal(0, await AbandonAtAsync(opened.AddDays(13)));
        Assert.Equal(RecoveryCaseStatus.Open, (await Recoveries.CaseAsync(portal, confirmed.NewEmail)).Status);
        Assert.True(await AbandonAtAsync(opened.AddDays(14).AddMinutes(1)) >= 2);

        foreach (var newEmail in new[] { confirmed.NewEmail, unconfirmedEmail })
        {
            var closed = await Recoveries.CaseAsync(portal, newEmail);
            Assert.Equal(RecoveryCaseStatus.Abandoned, closed.Status);
            Assert.Empty(closed.Documents);
            Assert.Equal("IdentityCopy x 1", closed.DeletedDocuments);
            Assert.Equal("automatically, not decided within 14 days", closed.DocumentsDeletedBy);
            Assert.NotNull(closed.DocumentsDeletedAt);
            Assert.Null(closed.DecidedAt);
        }

        var abandoned = await portal.WithDbAsync(db => db.Set<AuditLogEntry>().CountAsync(e => e.SubjectPersonId == personId && e.Action == AuditAction.RecoveryAbandoned));
        Assert.Equal(2, abandoned);
        Assert.Empty(await portal.WithDbAsync(db => DatabaseScan.FindBytesAsync(db, [ciphertext[..64], System.Text.Encoding.ASCII.GetBytes(marker)])));
        // Closed: another pass finds nothing more.
        Assert.Equal(0, await AbandonAtAsync(opened.AddDays(20)));
    }

    [Fact]
    public void By_default_cases_are_abandoned_after_14_days_by_an_hourly_job()
    {
        var options = new RecoveryOptions();
        Assert.True(options.AbandonEnabled);
        Assert.Equal(14, options.AbandonAfterDays);
        Assert.Equal("0 23 * * * ?", options.AbandonCron);
        Assert.True(typeof(AbandonRecoveryCasesJob).GetCustomAttributes(typeof(DisallowConcurrentExecutionAttribute), inherit: false).Length == 1);
    }

    // The pass as the job runs it, with the clock moved.
    private async Task<int> AbandonAtAsync(DateTime now)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var clock = new FakeTimeProvider(new DateTimeOffset(DateTime.SpecifyKind(now, DateTimeKind.Utc)));
        var db = services.GetRequiredService<PortalDbContext>();
        var cases = new RecoveryCases(db, services.GetRequiredService<IDataProtectionProvider>(), clock);
        var audit = new AuditLogger(db, clock, services.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>());
        return await new AbandonedRecoveries(db, cases, audit, services.GetRequiredService<IOptions<RecoveryOptions>>(), clock).AbandonAsync();
    }
}

// A portal of its own with only the abandon job switched on: it alone starts the scheduler.
public sealed class AbandonPortal : PortalFactory
{
    public AbandonPortal() => With("AccountRecovery:AbandonEnabled", "true");
}

[Trait("Policy", "2.1")]
public sealed class RecoveryAbandonSchedulingTests(AbandonPortal portal) : IClassFixture<AbandonPortal>
{
    [Fact]
    public async Task The_abandon_job_is_scheduled_hourly_in_UTC_and_never_runs_twice_at_once()
    {
        await ScheduledJobs.AssertCronInUtcAsync(portal, AbandonRecoveryCasesJob.TriggerKey, AbandonRecoveryCasesJob.Key, "0 23 * * * ?");
    }
}
