using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Features.Support.Incoming;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Support.Incoming;

// The test Dovecot has IDLE. A portal of its own whose trigger fires once at start and then only
// after an hour: whatever arrives later can only come in through the IDLE.
[Trait("Policy", "2.1")]
public sealed class SupportMailIdleTests : IDisposable
{
    private static readonly TimeSpan _bound = TimeSpan.FromSeconds(20);

    private readonly SupportMailboxOptions _mailbox = TestMailboxes.New();
    private readonly PortalFactory _portal;

    public SupportMailIdleTests()
    {
        _portal = new PortalFactory()
            .With("Support:Mailbox:Enabled", "true")
            .With("Support:Mailbox:Host", _mailbox.Host)
            .With("Support:Mailbox:Port", _mailbox.Port.ToString(CultureInfo.InvariantCulture))
            .With("Support:Mailbox:Security", "None")
            .With("Support:Mailbox:User", _mailbox.User)
            .With("Support:Mailbox:Password", _mailbox.Password)
            .With("Support:Mailbox:PollSeconds", "3600")
            .With("Support:Mailbox:IdleMinutes", "9");
    }

    [Fact]
    public async Task A_mail_delivered_while_the_job_idles_is_imported_at_once_and_stopping_the_portal_ends_the_idle()
    {
        var status = _portal.Services.GetRequiredService<SupportMailboxStatus>();
        await UntilAsync(() => Task.FromResult(status.IdlingSince is not null), "The job did not go into IDLE.");

        var mail = TestMailboxes.Mail(People.NewEmail("idle"), "While idling", "Announced by the server.");
        await TestMailboxes.PutAsync(_mailbox, mail);
        await UntilAsync(
            () => _portal.WithDbAsync(db => db.Set<TicketMessage>().AnyAsync(m => m.MessageId == mail.MessageId)),
            "The mail delivered during the IDLE was not imported.");

        // Not a poll: the trigger's next turn is an hour away, and the same run is still connected.
        var scheduler = await _portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = await scheduler.GetTrigger(SupportMailJob.TriggerKey);
        Assert.True(trigger!.NextFireTimeUtc > DateTimeOffset.UtcNow.AddMinutes(30));
        await UntilAsync(
            async () => (await TestMailboxes.MessageIdsAsync(_mailbox, "Processed")).SequenceEqual([mail.MessageId!]),
            "The imported mail was not moved to the processed folder.");
        Assert.NotNull(status.IdlingSince);

        // Resolved before the stop: a stopped portal disposes its services, but a context taken
        // before keeps its own connection, so the status can be read after the IDLE ended.
        using var scope = _portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        _portal.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        await UntilAsync(() => Task.FromResult(status.IdlingSince is null), "Stopping the portal did not end the IDLE.");
        Assert.Null((await SupportMailboxStatus.ReadAsync(db))?.FailingSince);
    }

    [Fact]
    public async Task Cancelling_ends_the_idle_promptly_and_without_idle_it_is_one_pass()
    {
        // Without the job, so the only IDLE this portal's status tells of is the one started here.
        using var portal = new PortalFactory();
        var fetcher = portal.Services.GetRequiredService<SupportMailFetcher>();
        var status = portal.Services.GetRequiredService<SupportMailboxStatus>();
        var own = TestMailboxes.New();
        var first = TestMailboxes.Mail(People.NewEmail("idle"), "Before the idle", "Found by the first pass.");
        await TestMailboxes.PutAsync(own, first);

        using var cancel = new CancellationTokenSource();
        var run = fetcher.FetchAndIdleAsync(own, cancel.Token);
        await UntilAsync(() => Task.FromResult(status.IdlingSince is not null || run.IsCompleted), "The fetch did not go into IDLE.");
        Assert.False(run.IsCompleted);
        await cancel.CancelAsync();
        Assert.Equal([MailImportOutcome.OpenedTicket], await run.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Null((await portal.WithDbAsync(db => SupportMailboxStatus.ReadAsync(db)))?.FailingSince);
        Assert.Equal([first.MessageId!], await TestMailboxes.MessageIdsAsync(own, "Processed"));
        Assert.Empty(await TestMailboxes.MessageIdsAsync(own, "INBOX"));

        // Switched off, the same call is one pass and returns with nothing to cancel it.
        own.IdleMinutes = 0;
        var second = TestMailboxes.Mail(People.NewEmail("poll"), "Polled", "Found by polling.");
        await TestMailboxes.PutAsync(own, second);
        Assert.Equal([MailImportOutcome.OpenedTicket], await fetcher.FetchAndIdleAsync(own).WaitAsync(_bound));
        Assert.Equal([first.MessageId!, second.MessageId!], await TestMailboxes.MessageIdsAsync(own, "Processed"));
    }

    // A bounded wait on state: the test asks again until it holds, and fails with the reason when it never does.
    private static async Task UntilAsync(Func<Task<bool>> holds, string otherwise)
    {
        var deadline = DateTime.UtcNow + _bound;
        while (!await holds())
        {
            Assert.True(DateTime.UtcNow < deadline, otherwise);
            await Task.Delay(50);
        }
    }

    public void Dispose() => _portal.Dispose();
}
