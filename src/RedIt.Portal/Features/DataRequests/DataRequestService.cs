using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.AuditLog;
using RedIt.Privacy;

namespace RedIt.Portal.Features.DataRequests;

public sealed class DataRequestService(
    PortalDbContext db,
    AuditLogger audit,
    DataRequestMails mails,
    TimeProvider clock,
    IServiceScopeFactory scopes)
{
    // Unconfirmed requests from the public form need no handling; after this they are deleted.
    public static readonly TimeSpan ConfirmationWindow = TimeSpan.FromDays(7);

    // GDPR art. 12(3): the deadline may be extended by two further months.
    public const int MaxExtensionMonths = 2;

    public static readonly TimeSpan DueSoon = TimeSpan.FromDays(7);

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public DataSubjectRequest New(DataRequestKind kind, Guid? personId, string name, string email, string culture, string? message, DataRequestStatus status)
    {
        var now = Now;
        var request = new DataSubjectRequest
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            PersonId = personId,
            RequesterName = name,
            RequesterEmail = email,
            Culture = culture == "en" ? "en" : "nl",
            Message = string.IsNullOrWhiteSpace(message) ? null : message.Trim(),
            ReceivedAt = now,
            DueAt = now.AddMonths(1),
            Status = status,
        };
        db.Set<DataSubjectRequest>().Add(request);
        return request;
    }

    // Older than this, an unconfirmed request can no longer be confirmed: no queue shows it, and
    // the retention sweep deletes it.
    public static DateTime UnconfirmedCutoff(DateTime now) => now - ConfirmationWindow;

    // Part of the retention sweep (RetentionRuns), never of opening a page; a dry run only counts.
    public Task<int> PurgeUnconfirmedAsync(DateTime now, bool dryRun, CancellationToken cancellationToken = default)
    {
        var cutoff = UnconfirmedCutoff(now);
        var expired = db.Set<DataSubjectRequest>()
            .Where(r => r.Status == DataRequestStatus.AwaitingConfirmation && r.ReceivedAt < cutoff);
        return dryRun ? expired.CountAsync(cancellationToken) : expired.ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<DataSubjectRequest> ExtendAsync(DataSubjectRequest request, int months, string reason)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.ExtendedUntil = request.DueAt.AddMonths(Math.Clamp(months, 1, MaxExtensionMonths));
        request.ExtensionReason = reason.Trim();
        audit.Add(AuditAction.DataRequestExtended, request.PersonId, request.Id,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"deadline {request.ExtendedUntil:yyyy-MM-dd}"));
        await db.SaveChangesAsync();
        await mails.SendExtensionAsync(request);
        return request;
    }

    public async Task CompleteAsync(DataSubjectRequest request, Guid adminId, string? note)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Status = DataRequestStatus.Completed;
        request.CompletedAt = Now;
        request.HandledByUserId = adminId;
        request.Outcome = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (request.Kind == DataRequestKind.Rectification)
        {
            audit.Add(AuditAction.RectificationDone, request.PersonId, request.Id);
        }

        audit.Add(AuditAction.DataRequestCompleted, request.PersonId, request.Id, "outcome letter sent");
        await db.SaveChangesAsync();
        await mails.SendOutcomeAsync(request);
    }

    public async Task RejectAsync(DataSubjectRequest request, Guid adminId, string reason)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reason);
        request.Status = DataRequestStatus.Rejected;
        request.CompletedAt = Now;
        request.HandledByUserId = adminId;
        request.Outcome = reason.Trim();
        audit.Add(AuditAction.DataRequestRejected, request.PersonId, request.Id, "outcome letter sent");
        await db.SaveChangesAsync();
        await mails.SendOutcomeAsync(request);
    }

    // The engine erases with set-based statements in one transaction, so it runs in a scope of
    // its own: nothing tracked by this request's context can be saved over the erased rows.
    public async Task<ErasureResult> EraseAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var erasureDb = services.GetRequiredService<PortalDbContext>();
        await using var transaction = await erasureDb.Database.BeginTransactionAsync(cancellationToken);
        var request = await erasureDb.Set<DataSubjectRequest>().SingleAsync(r => r.Id == requestId, cancellationToken);
        if (request is not { Kind: DataRequestKind.Erasure, Status: DataRequestStatus.Open, ErasedAt: null, PersonId: { } personId })
        {
            throw new InvalidOperationException("Only an open erasure request linked to an account can be carried out, and only once.");
        }

        // The letter of outcome goes to the address the person has right now, captured before it is erased.
        var user = await erasureDb.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == personId, cancellationToken);
        if (user?.Email is { Length: > 0 } email)
        {
            request.RequesterEmail = email;
            request.RequesterName = user.FullName;
            request.Culture = user.PreferredCulture == "en" ? "en" : "nl";
        }

        await erasureDb.SaveChangesAsync(cancellationToken);

        var now = Now;
        var plan = await services.GetRequiredService<ErasurePlanner>().PlanAsync(personId, now, cancellationToken);
        var result = await services.GetRequiredService<ErasureExecutor>().ExecuteAsync(plan, cancellationToken);

        // The anonymised account has no e-mail or password left; the lockout and a new security
        // stamp also end sessions that are still open and keep the row from ever signing in again.
        await erasureDb.Users.Where(u => u.Id == personId).ExecuteUpdateAsync(
            set => set
                .SetProperty(u => u.LockoutEnabled, true)
                .SetProperty(u => u.LockoutEnd, DateTimeOffset.MaxValue)
                .SetProperty(u => u.PasswordHash, (string?)null)
                .SetProperty(u => u.SecurityStamp, Guid.NewGuid().ToString("N")),
            cancellationToken);

        var kept = ErasurePlanText.Kept(plan, services.GetRequiredService<IStringLocalizer<SharedResource>>(), request.Culture);
        request.ErasedAt = now;
        request.ErasureKept = kept.Length > DataSubjectRequestConfiguration.MessageLength ? kept[..DataSubjectRequestConfiguration.MessageLength] : kept;
        services.GetRequiredService<AuditLogger>().Add(AuditAction.ErasureExecuted, personId, request.Id,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"deleted {result.Deleted}, anonymised {result.Anonymised}, kept {result.Kept} rows"));
        await erasureDb.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public static bool IsDueSoon(DataSubjectRequest request, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.IsOpen && request.Deadline >= now && request.Deadline - now <= DueSoon;
    }

    public static bool IsOverdue(DataSubjectRequest request, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.IsOpen && request.Deadline < now;
    }

    public static bool CanErase(DataSubjectRequest request, PortalUser? account) =>
        request is { Kind: DataRequestKind.Erasure, Status: DataRequestStatus.Open, ErasedAt: null, PersonId: not null } && account is not null;
}
