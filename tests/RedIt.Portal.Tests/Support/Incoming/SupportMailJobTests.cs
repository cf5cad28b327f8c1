using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Features.Support.Incoming;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Support.Incoming;

// A portal of its own with the import switched on, so the scheduler polls only here.
[Trait("Policy", "2.1")]
public sealed class SupportMailJobTests : IDisposable
{
    private readonly SupportMailboxOptions _mailbox = TestMailboxes.New();
    private readonly PortalFactory _portal;

    public SupportMailJobTests()
    {
        _portal = new PortalFactory()
            .With("Support:Mailbox:Enabled", "true")
            .With("Support:Mailbox:Host", _mailbox.Host)
            .With("Support:Mailbox:Port", _mailbox.Port.ToString(CultureInfo.InvariantCulture))
            .With("Support:Mailbox:Security", "None")
            .With("Support:Mailbox:User", _mailbox.User)
            .With("Support:Mailbox:Password", _mailbox.Password)
            .With("Support:Mailbox:PollSeconds", "5");
    }

    [Fact]
    public async Task The_scheduled_job_imports_the_mailbox_on_its_own()
    {
        var mail = TestMailboxes.Mail(People.NewEmail("visitor"), "Scheduled", "Found by the job.");
        await TestMailboxes.PutAsync(_mailbox, mail);

        var scheduler = await _portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = Assert.IsAssignableFrom<ISimpleTrigger>(await scheduler.GetTrigger(SupportMailJob.TriggerKey));
        Assert.Equal(TimeSpan.FromSeconds(5), trigger.RepeatInterval);
        Assert.True((await scheduler.GetJobDetail(SupportMailJob.Key))!.ConcurrentExecutionDisallowed);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await _portal.WithDbAsync(db => db.Set<TicketMessage>().AnyAsync(m => m.MessageId == mail.MessageId)))
        {
            Assert.True(DateTime.UtcNow < deadline, "The job did not import the mail.");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Switched_off_there_is_no_job()
    {
        using var off = new PortalFactory();
        var scheduler = await off.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.Null(await scheduler.GetTrigger(SupportMailJob.TriggerKey));
        Assert.Null(await scheduler.GetJobDetail(SupportMailJob.Key));
    }

    public void Dispose() => _portal.Dispose();
}
