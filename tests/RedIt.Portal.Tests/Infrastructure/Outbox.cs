using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Infrastructure.Email;

namespace RedIt.Portal.Tests.Infrastructure;

// "No mail was sent", proved on state instead of after a sleep. A mail is put in the outbox in the
// same transaction as the change that causes it, so once the request has returned it is still
// waiting there or, sent, in the Maildir (and for a moment in both: the row goes once SMTP has
// accepted it). Looking in the outbox first and then in the Maildir cannot miss one on its way.
public static class Outbox
{
    // Nothing to this address (with this subject) waits to be sent; what was sent is all in the Maildir.
    private static async Task AssertNoneWaitingAsync(PortalFactory portal, string to, string? subjectContains = null)
    {
        var waiting = await portal.WithDbAsync(db => db.Set<QueuedMail>().AsNoTracking()
            .Where(m => m.ToAddress == to).Select(m => m.Subject).ToListAsync());
        Assert.DoesNotContain(waiting, subject => Matches(subject, subjectContains));
    }

    // No mail to this address (with this subject) was written at all.
    public static async Task AssertNoMailAsync(PortalFactory portal, string to, string? subjectContains = null)
    {
        ArgumentNullException.ThrowIfNull(portal);
        await AssertNoneWaitingAsync(portal, to, subjectContains);
        Assert.DoesNotContain(Mailbox.All(to), mail => Matches(mail.Subject, subjectContains));
    }

    // Waits until nothing to this address waits in the outbox any more, so that every mail queued
    // for it is in the Maildir and can be counted there (a row leaves the outbox only after SMTP
    // accepted it, so it may briefly be in both).
    public static async Task WaitUntilSentAsync(PortalFactory portal, string to)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (await portal.WithDbAsync(db => db.Set<QueuedMail>().AnyAsync(m => m.ToAddress == to)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Mail to {to} is still waiting in the outbox.");
            await Task.Delay(50);
        }
    }

    private static bool Matches(string? subject, string? contains) =>
        contains is null || (subject ?? "").Contains(contains, StringComparison.OrdinalIgnoreCase);
}
