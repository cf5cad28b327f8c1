using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Email;

// Policy 2.1 asks that no mail is lost when the mail server is down. A portal of its own, whose
// mail server is a relay that refuses connections until the test switches it on.
[Trait("Policy", "2.1")]
[Trait("Policy", "1.1")]
public sealed class MailOutboxTests : IDisposable
{
    private readonly SmtpRelay _relay = new();
    private readonly PortalFactory _portal;

    public MailOutboxTests()
    {
        _portal = new PortalFactory().With("Email:Smtp:Port", _relay.Port.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Mail_written_while_the_mail_server_is_down_waits_in_the_outbox_and_arrives_once_it_is_back()
    {
        var email = People.NewEmail();
        var browser = new Browserless(_portal.CreateClient());

        // Signing up works while the mail server is down.
        var sent = await People.RegisterAsync(browser, People.PrivateCustomer(email));
        Assert.Equal("Check your e-mail", sent.Heading);

        // The confirmation waits, with the kind of failure and a later attempt, never the server's words.
        await WaitUntilAsync(db => db.Set<QueuedMail>().AnyAsync(m => m.ToAddress == email && m.Attempts >= 1));
        var waiting = await _portal.WithDbAsync(db => db.Set<QueuedMail>().AsNoTracking().SingleAsync(m => m.ToAddress == email));
        Assert.Equal("Mail server unreachable", waiting.LastError);
        Assert.True(waiting.NextAttemptAt > DateTime.UtcNow, "The next attempt should be later, not at once.");
        Assert.Null(waiting.ClaimToken);
        Assert.Empty(Mailbox.All(email));

        // The admin's start page says mail is not leaving, before any customer has to.
        var admin = await People.SignedInStaffAsync(_portal);
        var warning = (await admin.GetAsync("/admin")).Document.QuerySelector("#outbox-status");
        Assert.NotNull(warning);
        Assert.StartsWith("E-mails that could not be delivered yet: ", warning.TextContent.Trim(), StringComparison.Ordinal);

        // The server is back: the next attempt delivers the mail and empties the outbox.
        _relay.Start();
        await _portal.WithDbAsync(db => db.Set<QueuedMail>().Where(m => m.Id == waiting.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.NextAttemptAt, DateTime.UtcNow.AddSeconds(-1))));
        _portal.Services.GetRequiredService<OutboxSignal>().Wake();
        await People.ConfirmAsync(browser, email);
        Assert.Single(Mailbox.All(email));
        await WaitUntilAsync(async db => !await db.Set<QueuedMail>().AnyAsync(m => m.Id == waiting.Id));
        Assert.Equal("My details", (await People.LoginAsync(browser, email)).Heading);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 5)]
    [InlineData(3, 15)]
    [InlineData(4, 60)]
    [InlineData(40, 60)]
    public void Attempts_are_spread_out_to_once_an_hour(int attempts, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), OutboxDispatcher.Backoff(attempts));

    public void Dispose()
    {
        _portal.Dispose();
        _relay.Dispose();
    }

    private async Task WaitUntilAsync(Func<Portal.Data.PortalDbContext, Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await _portal.WithDbAsync(condition))
        {
            Assert.True(DateTime.UtcNow < deadline, "Waited 20 seconds in vain.");
            await Task.Delay(100);
        }
    }
}
