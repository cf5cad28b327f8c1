using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Services;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Mailboxes.Reports;

// The customer's side of the reports: only their own mailbox services, so another customer's
// service id finds nothing.
public sealed class SpamReportDesk(PortalDbContext db, SpamReportMessages messages, SpamReportSignal signal, TimeProvider clock, IOptions<SpamFilterOptions> options)
{
    public const int PageSize = 25;

    public Task<ReportableMailbox?> MailboxAsync(Guid customerId, Guid serviceId, CancellationToken cancellationToken = default) =>
        db.Set<Service>().AsNoTracking()
            .Where(s => s.Id == serviceId && s.CustomerId == customerId && s.Kind == ProductKind.Mailbox && s.Product.SpamFilter != null)
            .Select(s => new ReportableMailbox(s.Id, s.CustomerId, s.Name, s.Product.SpamFilter!.Value))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<SpamReportPage?> PageAsync(Guid customerId, Guid serviceId, int page, SpamReportInput input, CancellationToken cancellationToken = default)
    {
        if (await MailboxAsync(customerId, serviceId, cancellationToken) is not { } mailbox)
        {
            return null;
        }

        var reports = await db.Set<SpamReport>().AsNoTracking()
            .Where(r => r.CustomerId == customerId && r.ServiceId == serviceId)
            .OrderByDescending(r => r.ReceivedAt).ThenBy(r => r.Id)
            .ToPagedAsync(
                r => new SpamReportRow(r.Id, r.Verdict, r.Status, r.ReceivedAt, r.ForwardedAt, r.SizeBytes,
                    r.Status == SpamReportStatus.Queued && r.LastError == SpamReportForwarder.NotConfigured),
                page, PageSize, cancellationToken);
        return new SpamReportPage(mailbox, options.Value.For(mailbox.Provider).Configured, options.Value.MaxMessageBytes, reports, input);
    }

    public async Task AddAsync(ReportableMailbox mailbox, SpamVerdict verdict, byte[] message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(message);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(new SpamReport
        {
            Id = Guid.NewGuid(),
            ServiceId = mailbox.Id,
            CustomerId = mailbox.CustomerId,
            Verdict = verdict,
            Provider = mailbox.Provider,
            Status = SpamReportStatus.Queued,
            EncryptedMessage = messages.Protect(message),
            SizeBytes = message.LongLength,
            ReceivedAt = now,
            NextAttemptAt = now,
            LastError = options.Value.For(mailbox.Provider).Configured ? null : SpamReportForwarder.NotConfigured,
        });
        await db.SaveChangesAsync(cancellationToken);
        signal.Wake();
    }
}
