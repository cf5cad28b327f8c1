using MailKit.Net.Imap;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Disclosures;
using RedIt.Portal.Infrastructure.Imap;
using RedIt.Portal.Infrastructure.Logging;
using RedIt.Portal.Privacy;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Mailboxes.Reports;

// Forwards the reports that are due to their filter provider's training mailbox (2.6), each claimed
// by one instance in the database first. A provider that is down gets the report again later,
// further apart each time; after MaxAttempts it stops and the message is thrown away.
public sealed class SpamReportForwarder(
    PortalDbContext db,
    DisclosureLog disclosures,
    SpamReportMessages messages,
    TimeProvider clock,
    IOptions<SpamFilterOptions> options,
    ILogger<SpamReportForwarder> logger)
{
    // What a report of a provider without a training mailbox shows, on the customer's page too.
    public const string NotConfigured = "not configured";

    public const string MessageGone = "message cleared before it could be forwarded";

    public const string DataItem = "the reported e-mail message";

    public const string Purpose = "Training the spam filter with a message the customer reported (2.6)";

    public const string LegalGround = "Legitimate interest (GDPR art. 6(1)(f))";

    private const int BatchSize = 20;

    // Longer than connecting to a provider and appending the largest message can take; an instance
    // that stopped in the middle leaves the report to the others after this.
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    // 1, 5 and 15 minutes, then hourly.
    public static TimeSpan Backoff(int attempts) => attempts switch
    {
        <= 1 => TimeSpan.FromMinutes(1),
        2 => TimeSpan.FromMinutes(5),
        3 => TimeSpan.FromMinutes(15),
        _ => TimeSpan.FromHours(1),
    };

    public static Recipient RecipientOf(SpamFilterProvider provider) =>
        provider == SpamFilterProvider.Microsoft ? Recipients.Microsoft : Recipients.SpamExperts;

    // Runs what is due now; returns how many reports it tried, so the caller goes on while there were any.
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ready = Enum.GetValues<SpamFilterProvider>().Where(p => options.Value.For(p).Configured).ToList();
        await MarkWaitingAsync(ready, cancellationToken);
        var due = await Due(now)
            .Where(r => ready.Contains(r.Provider))
            .OrderBy(r => r.NextAttemptAt).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.Attempts })
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var tried = 0;
        foreach (var report in due)
        {
            if (await RunOneAsync(report.Id, report.Attempts, cancellationToken))
            {
                tried++;
            }

            db.ChangeTracker.Clear();
        }

        return tried;
    }

    private IQueryable<SpamReport> Due(DateTime now) =>
        db.Set<SpamReport>().Where(r => r.Status == SpamReportStatus.Queued && r.NextAttemptAt <= now && r.EncryptedMessage != null);

    // The reports that cannot go anywhere say why, so the customer's page can tell them.
    private async Task MarkWaitingAsync(List<SpamFilterProvider> ready, CancellationToken cancellationToken)
    {
        var reports = db.Set<SpamReport>().Where(r => r.Status == SpamReportStatus.Queued);
        await reports.Where(r => !ready.Contains(r.Provider) && (r.LastError == null || r.LastError != NotConfigured))
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.LastError, NotConfigured), cancellationToken);

        // The retention sweep cleared a message that waited longer than a week: nothing is left to send.
        await reports.Where(r => r.EncryptedMessage == null)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(r => r.Status, SpamReportStatus.Failed)
                    .SetProperty(r => r.NextAttemptAt, (DateTime?)null)
                    .SetProperty(r => r.LastError, MessageGone),
                cancellationToken);
    }

    private async Task<bool> RunOneAsync(Guid id, int seenAttempts, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var attempt = seenAttempts + 1;
        SpamReport report;
        string serviceName;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // One statement decides between instances: the attempt count each of them saw is the
            // claim, and moving the next attempt past the lease keeps the others off meanwhile.
            var claimed = await Due(now).Where(r => r.Id == id && r.Attempts == seenAttempts).ExecuteUpdateAsync(
                set => set
                    .SetProperty(r => r.Attempts, attempt)
                    .SetProperty(r => r.NextAttemptAt, now + Lease),
                cancellationToken);
            if (claimed != 1)
            {
                return false;
            }

            report = await db.Set<SpamReport>().AsNoTracking().SingleAsync(r => r.Id == id, cancellationToken);
            serviceName = await db.Set<Services.Service>().Where(s => s.Id == report.ServiceId).Select(s => s.Name).SingleAsync(cancellationToken);

            // Recorded before anything is sent, once: a later attempt sends the same message to the same party.
            if (attempt == 1)
            {
                await disclosures.RecordAsync(report.CustomerId, RecipientOf(report.Provider).Name, [DataItem], Purpose, LegalGround,
                    reference: serviceName, cancellationToken: cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        var failure = await ForwardAsync(report, cancellationToken);
        var mine = db.Set<SpamReport>().Where(r => r.Id == id && r.Attempts == attempt && r.Status == SpamReportStatus.Queued);
        var finished = clock.GetUtcNow().UtcDateTime;
        if (failure is null)
        {
            var done = await mine.ExecuteUpdateAsync(
                set => set
                    .SetProperty(r => r.Status, SpamReportStatus.Forwarded)
                    .SetProperty(r => r.ForwardedAt, finished)
                    .SetProperty(r => r.EncryptedMessage, (byte[]?)null)
                    .SetProperty(r => r.NextAttemptAt, (DateTime?)null)
                    .SetProperty(r => r.LastError, (string?)null),
                CancellationToken.None);
            if (done != 1)
            {
                logger.LogWarning("Spam report {Report} was forwarded after its claim ran out; another instance may forward it again", id);
            }

            return true;
        }

        // After the last attempt the message goes: it has no use left here.
        var stop = attempt >= options.Value.MaxAttempts;
        DateTime? next = stop ? null : finished + Backoff(attempt);
        await mine.ExecuteUpdateAsync(
            set =>
            {
                set.SetProperty(r => r.Status, stop ? SpamReportStatus.Failed : SpamReportStatus.Queued)
                    .SetProperty(r => r.NextAttemptAt, next)
                    .SetProperty(r => r.LastError, failure);
                if (stop)
                {
                    set.SetProperty(r => r.EncryptedMessage, (byte[]?)null);
                }
            },
            CancellationToken.None);
        logger.LogWarning("Spam report {Report} for {Provider} ended attempt {Attempt} with {Reason}; {Next}",
            id, report.Provider, attempt, failure, stop ? "it is given up" : $"next attempt at {next:u}");
        return true;
    }

    // Null when the provider has the message; otherwise the IMAP status or the exception's type,
    // never anything of the message or of what the server quoted back.
    private async Task<string?> ForwardAsync(SpamReport report, CancellationToken cancellationToken)
    {
        var target = options.Value.For(report.Provider);
        try
        {
            using var stream = new MemoryStream(messages.Unprotect(report.EncryptedMessage!), writable: false);
            using var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            // Already there (an earlier attempt's answer was lost) counts as forwarded: the provider has it.
            await ImapMailbox.AppendOnceAsync(target.Account, target.FolderFor(report.Verdict), message, cancellationToken);
            return null;
        }
        catch (ImapCommandException refused)
        {
            return $"{nameof(ImapCommandException)}: {refused.Response}";
        }
        catch (Exception problem) when (problem is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogDebug("Forwarding spam report {Report} failed: {Exception}", report.Id, ExceptionSummary.Of(problem));
            return problem.GetType().Name;
        }
    }
}
