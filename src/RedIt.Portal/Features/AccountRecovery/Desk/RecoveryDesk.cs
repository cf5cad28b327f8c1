using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Accounts.Sessions;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.AccountRecovery.Desk;

public enum RecoveryDecision
{
    Done,
    NotFound,
    Closed,
    EmailTaken,
}

// What Support does with recovery cases. A case shows on the desk only once its new address is
// confirmed; its documents only to the one reviewer who took it, and every view is audited.
public sealed class RecoveryDesk(
    PortalDbContext db,
    RecoveryCases cases,
    RecoveryMails mails,
    AuditLogger audit,
    UserManager<PortalUser> users,
    SessionStore sessions,
    TimeProvider clock)
{
    public const int PageSize = PagedExtensions.DefaultPageSize;

    // Open cases first, the oldest first among them; then the decided ones, as a record.
    public async Task<RecoveryQueueView> QueueAsync(string? search, int page, CancellationToken cancellationToken = default)
    {
        var rows = from c in db.Set<RecoveryCase>().AsNoTracking()
                   where c.NewEmailConfirmedAt != null
                   join customer in db.Customers on c.PersonId equals customer.Id
                   select new { Case = c, customer.Number, customer.CompanyName, customer.Kind, customer.User.FirstName, customer.User.LastName };
        var q = string.IsNullOrWhiteSpace(search) ? null : search.Trim();
        if (q is not null)
        {
            if (int.TryParse(q, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                rows = rows.Where(r => r.Number == number);
            }
            else
            {
                // Translated to SQL lower(), the same on SQLite and PostgreSQL; no culture is involved.
                var lower = q.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862
                rows = rows.Where(r => (r.FirstName + " " + r.LastName).ToLower().Contains(lower)
                    || (r.CompanyName != null && r.CompanyName.ToLower().Contains(lower)));
#pragma warning restore CA1304, CA1311, CA1862
            }
        }

        var paged = await rows
            .OrderBy(r => r.Case.Status == RecoveryCaseStatus.Open ? 0 : 1)
            .ThenBy(r => r.Case.OpenedAt)
            .ThenBy(r => r.Case.Id)
            .ToPagedAsync(
                r => new RecoveryRow(
                    r.Case.Id, r.Number, r.FirstName + " " + r.LastName, r.CompanyName, r.Kind, r.Case.Status, r.Case.OpenedAt, r.Case.NewEmailConfirmedAt,
                    db.Users.Where(u => u.Id == r.Case.ReviewerId).Select(u => u.FirstName + " " + u.LastName).FirstOrDefault()),
                page, PageSize, cancellationToken);
        return new RecoveryQueueView(q, paged);
    }

    public async Task<RecoveryCaseView?> ViewAsync(Guid id, Guid me, CancellationToken cancellationToken = default)
    {
        var found = await (from c in db.Set<RecoveryCase>().AsNoTracking()
                           where c.Id == id && c.NewEmailConfirmedAt != null
                           join customer in db.Customers on c.PersonId equals customer.Id
                           select new
                           {
                               Case = c,
                               customer.Number,
                               customer.CompanyName,
                               customer.Kind,
                               Name = customer.User.FirstName + " " + customer.User.LastName,
                               customer.User.Email,
                               customer.User.TwoFactorEnabled,
                               Reviewer = db.Users.Where(u => u.Id == c.ReviewerId).Select(u => u.FirstName + " " + u.LastName).FirstOrDefault(),
                               Documents = db.Set<RecoveryDocument>().Count(d => d.CaseId == c.Id),
                           }).SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var isReviewer = found.Case.ReviewerId == me;
        IReadOnlyList<RecoveryDocumentLink> documents = isReviewer
            ? await db.Set<RecoveryDocument>().AsNoTracking().Where(d => d.CaseId == id)
                .OrderBy(d => d.Kind).ThenBy(d => d.UploadedAt).ThenBy(d => d.Id)
                .Select(d => new RecoveryDocumentLink(d.Id, d.Kind, d.FileName, d.ContentType, d.SizeBytes))
                .ToListAsync(cancellationToken)
            : [];
        return new RecoveryCaseView(found.Case, found.Number, found.Name, found.CompanyName, found.Kind, found.Email ?? "", found.TwoFactorEnabled,
            found.Reviewer, isReviewer, found.Documents, documents);
    }

    // Only an open case nobody took yet; false when it is someone else's or closed.
    public async Task<bool> TakeAsync(Guid id, Guid me, CancellationToken cancellationToken = default)
    {
        var recovery = await OpenCaseAsync(id, cancellationToken);
        if (recovery is null || (recovery.ReviewerId is { } reviewer && reviewer != me))
        {
            return false;
        }

        if (recovery.ReviewerId is null)
        {
            recovery.ReviewerId = me;
            await audit.RecordAsync(AuditAction.RecoveryCaseTaken, recovery.PersonId, details: recovery.Id.ToString(), cancellationToken: cancellationToken);
        }

        return true;
    }

    // Null for anyone but the reviewer of the open case: the same as a document that does not exist.
    public async Task<RecoveryFile?> DocumentAsync(Guid id, Guid documentId, Guid me, CancellationToken cancellationToken = default)
    {
        var recovery = await OpenCaseAsync(id, cancellationToken);
        if (recovery is null || recovery.ReviewerId != me)
        {
            return null;
        }

        var file = await cases.ReadDocumentAsync(id, documentId, cancellationToken);
        if (file is not null)
        {
            await audit.RecordAsync(AuditAction.RecoveryDocumentViewed, recovery.PersonId,
                details: $"{recovery.Id} {file.Kind} {documentId}", cancellationToken: cancellationToken);
        }

        return file;
    }

    // The account gets the confirmed new address, and nothing else of the old access is left: the
    // security stamp changes and every session ends. All of it, the mails and the deletion of the
    // documents commit together, or nothing does.
    public async Task<RecoveryDecision> ApproveAsync(Guid id, Guid me, string reviewer, bool resetTwoFactor, string signInUrl, CancellationToken cancellationToken = default)
    {
        var recovery = await ReviewedCaseAsync(id, me, cancellationToken);
        if (recovery is null)
        {
            return RecoveryDecision.NotFound;
        }

        if (recovery.Status != RecoveryCaseStatus.Open)
        {
            return RecoveryDecision.Closed;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = await users.FindByIdAsync(recovery.PersonId.ToString());
        if (user is null)
        {
            return RecoveryDecision.NotFound;
        }

        var previousEmail = user.Email!;
        var changed = await users.SetEmailAsync(user, recovery.NewEmail);
        var renamed = changed.Succeeded ? await users.SetUserNameAsync(user, recovery.NewEmail) : changed;
        if (!renamed.Succeeded)
        {
            return RecoveryDecision.EmailTaken;
        }

        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        if (resetTwoFactor)
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.ResetAuthenticatorKeyAsync(user);
        }

        await users.UpdateSecurityStampAsync(user);
        await sessions.EndAllAsync(user.Id, SessionEnd.AccountRecovered, cancellationToken: cancellationToken);
        audit.Add(AuditAction.RecoveryApproved, recovery.PersonId, details: resetTwoFactor ? $"{recovery.Id} two-factor reset" : recovery.Id.ToString());
        mails.AddApproved(recovery, user, previousEmail, signInUrl);
        await cases.CloseAsync(recovery.Id, RecoveryCaseStatus.Restored, reviewer, decided =>
        {
            decided.DecidedAt = Now;
            decided.TwoFactorReset = resetTwoFactor;
        }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        mails.Wake();
        return RecoveryDecision.Done;
    }

    public async Task<RecoveryDecision> RejectAsync(Guid id, Guid me, string reviewer, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var recovery = await ReviewedCaseAsync(id, me, cancellationToken);
        if (recovery is null)
        {
            return RecoveryDecision.NotFound;
        }

        if (recovery.Status != RecoveryCaseStatus.Open)
        {
            return RecoveryDecision.Closed;
        }

        audit.Add(AuditAction.RecoveryRejected, recovery.PersonId, details: recovery.Id.ToString());
        mails.AddRejected(recovery, reason);
        await cases.CloseAsync(recovery.Id, RecoveryCaseStatus.Rejected, reviewer, decided =>
        {
            decided.DecidedAt = Now;
            decided.RejectionReason = reason;
        }, cancellationToken);
        mails.Wake();
        return RecoveryDecision.Done;
    }

    // A case on the desk whose reviewer is me, open or not (a decided one answers "closed").
    public async Task<RecoveryCase?> ReviewedCaseAsync(Guid id, Guid me, CancellationToken cancellationToken = default)
    {
        var recovery = await db.Set<RecoveryCase>().SingleOrDefaultAsync(c => c.Id == id && c.NewEmailConfirmedAt != null, cancellationToken);
        return recovery?.ReviewerId == me ? recovery : null;
    }

    private Task<RecoveryCase?> OpenCaseAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<RecoveryCase>().SingleOrDefaultAsync(c => c.Id == id && c.NewEmailConfirmedAt != null && c.Status == RecoveryCaseStatus.Open, cancellationToken);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
