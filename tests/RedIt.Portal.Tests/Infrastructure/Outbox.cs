using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Infrastructure.Email;

namespace RedIt.Portal.Tests.Infrastructure;

// "No mail was sent", proved on state instead of after a sleep. A mail is put in the outbox in the
// same transaction as the change that causes it, so once the request has returned it is either
// still waiting there or, sent, in the Maildir. It only ever moves from the first to the second:
// looking in the outbox first and then in the Maildir cannot miss one on its way.
public static class Outbox
{
    // Nothing to this address (with this subject) waits to be sent; what was sent is all in the Maildir.
    public static async Task AssertNoneWaitingAsync(PortalFactory portal, string to, string? subjectContains = null)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var waiting = await portal.WithDbAsync(db => db.Set<QueuedMail>().AsNoTracking()
            .Where(m => m.ToAddress == to).Select(m => m.Subject).ToListAsync());
        Assert.DoesNotContain(waiting, subject => Matches(subject, subjectContains));
    }

    // No mail to this address (with this subject) was written at all.
    public static async Task AssertNoMailAsync(PortalFactory portal, string to, string? subjectContains = null)
    {
        await AssertNoneWaitingAsync(portal, to, subjectContains);
        Assert.DoesNotContain(Mailbox.All(to), mail => Matches(mail.Subject, subjectContains));
    }

    private static bool Matches(string? subject, string? contains) =>
        contains is null || (subject ?? "").Contains(contains, StringComparison.OrdinalIgnoreCase);
}
