using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Colocation.Datacenter;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Colocation.Staff;

// Support works the visit requests (2.5): what waits for a decision first, the soonest first; found
// by customer number, customer name or company, or a visitor's name. A decision is taken once,
// audited and mailed to the customer in one transaction; an approval also sets the visit to be sent.
public sealed class VisitDesk(PortalDbContext db, AuditLogger audit, VisitMails mails, VisitSignal signal, TimeProvider clock)
{
    public const int PageSize = 25;

    public Task<Paged<StaffVisitRow>> SearchAsync(StaffVisitFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var now = clock.GetUtcNow().UtcDateTime;
        var visits = db.Set<DatacenterVisit>().AsNoTracking();
        if (filter.StatusValue is { } status)
        {
            visits = visits.Where(v => v.Status == status);
        }

        var q = filter.Search?.Trim();
        if (!string.IsNullOrEmpty(q))
        {
            if (int.TryParse(q, NumberStyles.None, CultureInfo.InvariantCulture, out var customerNumber))
            {
                visits = visits.Where(v => db.Customers.Any(c => c.Id == v.CustomerId && c.Number == customerNumber));
            }
            else
            {
                // Translated to SQL lower(), the same on SQLite and PostgreSQL.
                var lower = q.ToLowerInvariant();
#pragma warning disable CA1304, CA1307, CA1311, CA1862
                visits = visits.Where(v =>
                    v.Visitors.Any(x => (x.FirstName + " " + x.LastName).ToLower().Contains(lower))
                    || db.Customers.Any(c => c.Id == v.CustomerId
                        && ((c.User.FirstName + " " + c.User.LastName).ToLower().Contains(lower)
                            || (c.CompanyName != null && c.CompanyName.ToLower().Contains(lower)))));
#pragma warning restore CA1304, CA1307, CA1311, CA1862
            }
        }

        return visits
            .OrderBy(v => v.Status == VisitStatus.Requested ? 0 : 1)
            .ThenBy(v => v.StartsAt < now ? 1 : 0)
            .ThenBy(v => v.StartsAt).ThenBy(v => v.Id)
            .ToPagedAsync(Row, filter.Page, PageSize, cancellationToken);
    }

    // Staff reading the visitors' names is access to personal data: it is audited.
    public async Task<StaffVisitView?> ShowAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var view = await FindAsync(id, cancellationToken);
        if (view is not null)
        {
            await audit.RecordAsync(AuditAction.DatacenterVisitViewed, view.CustomerId, details: "visit " + id.ToString("D"), cancellationToken: cancellationToken);
        }

        return view;
    }

    public async Task<StaffVisitView?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var visits = db.Set<DatacenterVisit>().AsNoTracking().Where(v => v.Id == id);
        if (await visits.Select(Row).SingleOrDefaultAsync(cancellationToken) is not { } row)
        {
            return null;
        }

        var visit = await visits
            .Select(v => new
            {
                v.ServiceId,
                v.CustomerId,
                v.RequestedAt,
                DecidedBy = db.Users.Where(u => u.Id == v.DecidedById).Select(u => u.FirstName + " " + u.LastName).FirstOrDefault(),
                v.DecidedAt,
                v.DeclineReason,
                Visitors = v.Visitors.OrderBy(x => x.LastName).ThenBy(x => x.FirstName).Select(x => x.FirstName + " " + x.LastName).ToList(),
                Provider = new ProviderState(v.SendStatus, v.SupplierReference, v.SentAt, v.SendAttempts, v.NextSendAttemptAt, v.LastSendError),
            })
            .SingleAsync(cancellationToken);
        return new StaffVisitView(row, visit.ServiceId, visit.CustomerId, visit.RequestedAt, visit.DecidedBy, visit.DecidedAt, visit.DeclineReason,
            visit.Visitors, visit.Provider, new DeclineInput());
    }

    // Only a visit that waits for a decision and has not started. The status is checked in the update
    // itself, so two clicks at once, or two staff members, decide, audit and mail it once.
    public Task<bool> ApproveAsync(Guid id, Guid staffId, CancellationToken cancellationToken = default) =>
        DecideAsync(id, staffId, reason: null, cancellationToken);

    public Task<bool> DeclineAsync(Guid id, Guid staffId, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return DecideAsync(id, staffId, reason.Trim(), cancellationToken);
    }

    private async Task<bool> DecideAsync(Guid id, Guid staffId, string? reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var approve = reason is null;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var decided = await db.Set<DatacenterVisit>()
            .Where(v => v.Id == id && v.Status == VisitStatus.Requested && v.StartsAt > now)
            .ExecuteUpdateAsync(
                set =>
                {
                    set.SetProperty(v => v.Status, approve ? VisitStatus.Approved : VisitStatus.Declined)
                        .SetProperty(v => v.DecidedById, staffId)
                        .SetProperty(v => v.DecidedAt, now)
                        .SetProperty(v => v.DeclineReason, reason);
                    if (approve)
                    {
                        // Sent by the background sender, from this same committed state.
                        set.SetProperty(v => v.SendStatus, DatacenterSendStatus.ToSend)
                            .SetProperty(v => v.SendAttempts, 0)
                            .SetProperty(v => v.NextSendAttemptAt, now)
                            .SetProperty(v => v.LastSendError, (string?)null);
                    }
                },
                cancellationToken);
        if (decided == 0)
        {
            return false;
        }

        var visit = await db.Set<DatacenterVisit>().AsNoTracking().Where(v => v.Id == id)
            .Select(v => new DecidedVisit(v.CustomerId, v.ServiceId, v.Service.Name, v.StartsAt, v.EndsAt, v.Rack,
                v.Visitors.OrderBy(x => x.LastName).ThenBy(x => x.FirstName).Select(x => x.FirstName + " " + x.LastName).ToList(), v.DeclineReason))
            .SingleAsync(cancellationToken);
        audit.Add(approve ? AuditAction.DatacenterVisitApproved : AuditAction.DatacenterVisitDeclined, visit.CustomerId, details: "visit " + id.ToString("D"));
        await mails.AddDecidedAsync(visit, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        mails.Wake();
        if (approve)
        {
            signal.Wake();
        }

        return true;
    }

    // A visit the provider refused, or that ran out of attempts, goes back to the sender as if just
    // approved (or just cancelled, when it was its cancellation that failed), in one conditional
    // statement, so a double click resets and audits it once. Its attempts start again from the
    // first, and with them the disclosure: the names leave again, and that is recorded again.
    public async Task<bool> SendAgainAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var reset = await db.Set<DatacenterVisit>()
            .Where(v => v.Id == id && v.SendStatus == DatacenterSendStatus.Failed && v.StartsAt > now
                && ((v.Status == VisitStatus.Approved && v.SupplierReference == null) || (v.Status == VisitStatus.Cancelled && v.SupplierReference != null)))
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(v => v.SendStatus, v => v.SupplierReference == null ? DatacenterSendStatus.ToSend : DatacenterSendStatus.ToCancel)
                    .SetProperty(v => v.SendAttempts, 0)
                    .SetProperty(v => v.NextSendAttemptAt, now)
                    .SetProperty(v => v.LastSendError, (string?)null),
                cancellationToken);
        if (reset == 0)
        {
            return false;
        }

        var customerId = await db.Set<DatacenterVisit>().Where(v => v.Id == id).Select(v => v.CustomerId).SingleAsync(cancellationToken);
        audit.Add(AuditAction.DatacenterVisitSentAgain, customerId, details: "visit " + id.ToString("D"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        signal.Wake();
        return true;
    }

    private System.Linq.Expressions.Expression<Func<DatacenterVisit, StaffVisitRow>> Row => v => new StaffVisitRow(
        v.Id,
        v.StartsAt,
        v.EndsAt,
        db.Customers.Where(c => c.Id == v.CustomerId).Select(c => (int?)c.Number).FirstOrDefault(),
        db.Customers.Where(c => c.Id == v.CustomerId).Select(c => c.CompanyName ?? c.User.FirstName + " " + c.User.LastName).FirstOrDefault(),
        v.Service.Name,
        v.Rack,
        v.Visitors.Count,
        v.Status,
        v.SendStatus);
}
