using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Billing.Collection;

// The claims with DAS Incasso, newest first, and where each stands. Finance marks one paid to
// DAS Incasso or withdrawn, once, audited; what was sent is read back from the kept request.
public sealed class ClaimDesk(PortalDbContext db, AuditLogger audit, TimeProvider clock)
{
    public const int PageSize = 20;

    public Task<Paged<ClaimRow>> PageAsync(int page, CancellationToken cancellationToken = default) =>
        db.Set<CollectionClaim>().AsNoTracking()
            .OrderByDescending(c => c.HandedOverAt).ThenBy(c => c.Id)
            .ToPagedAsync(Row, page, PageSize, cancellationToken);

    public Task<ClaimRow?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Set<CollectionClaim>().AsNoTracking().Where(c => c.Id == id).Select(Row).SingleOrDefaultAsync(cancellationToken);

    // Reading what went to DAS Incasso is access to personal data: it is audited.
    public async Task<ClaimView?> ShowAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(id, cancellationToken) is not { } row)
        {
            return null;
        }

        var claim = await db.Set<CollectionClaim>().AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.CustomerId, c.Payload, By = db.Users.Where(u => u.Id == c.StateChangedById).Select(u => u.FirstName + " " + u.LastName).FirstOrDefault() })
            .SingleAsync(cancellationToken);
        await audit.RecordAsync(AuditAction.CollectionClaimViewed, claim.CustomerId, details: "claim " + row.Reference, cancellationToken: cancellationToken);
        return new ClaimView(row, claim.By, Read(claim.Payload));
    }

    public Task<string?> PayloadAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Set<CollectionClaim>().AsNoTracking().Where(c => c.Id == id).Select(c => c.Payload).SingleOrDefaultAsync(cancellationToken);

    // Only a claim that is with DAS Incasso; the state is checked in the update itself, so two
    // clicks at once change and audit it once.
    public async Task<bool> ChangeAsync(Guid id, ClaimChange change, Guid staffId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var state = change == ClaimChange.PaidToCollector ? CollectionClaimState.PaidToCollector : CollectionClaimState.Withdrawn;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await db.Set<CollectionClaim>()
            .Where(c => c.Id == id && c.State == CollectionClaimState.HandedOver)
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.State, state)
                .SetProperty(c => c.StateChangedAt, now)
                .SetProperty(c => c.StateChangedById, staffId), cancellationToken);
        if (changed == 0)
        {
            return false;
        }

        var claim = await db.Set<CollectionClaim>().AsNoTracking().Where(c => c.Id == id).Select(c => new { c.CustomerId, c.Reference }).SingleAsync(cancellationToken);
        audit.Add(change == ClaimChange.PaidToCollector ? AuditAction.CollectionClaimPaidToCollector : AuditAction.CollectionClaimWithdrawn,
            claim.CustomerId, details: "claim " + claim.Reference);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    // The kept request as it reads: the PDFs by their size rather than their base64.
    public static SentClaim Read(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        using var json = JsonDocument.Parse(payload);
        var root = json.RootElement;
        var debtor = root.GetProperty("debtor");
        string Text(JsonElement element, string name) => element.GetProperty(name).GetString() ?? "";
        return new SentClaim(
            new ClaimDebtor(Text(debtor, "name"), Text(debtor, "street"), Text(debtor, "houseNumber"), Text(debtor, "postalCode"), Text(debtor, "city"), Text(debtor, "countryCode")),
            [.. root.GetProperty("invoices").EnumerateArray().Select(i => new SentInvoice(
                Text(i, "number"), Text(i, "issuedOn"), Text(i, "dueOn"), i.GetProperty("amount").GetRawText(), Convert.FromBase64String(Text(i, "pdfBase64")).Length))],
            [.. root.GetProperty("communications").EnumerateArray().Select(c => new SentCommunication(Text(c, "sentAt"), Text(c, "kind"), Text(c, "subject"), Text(c, "text")))],
            System.Text.Encoding.UTF8.GetByteCount(payload));
    }

    private System.Linq.Expressions.Expression<Func<CollectionClaim, ClaimRow>> Row => c => new ClaimRow(
        c.Id,
        c.Reference,
        db.Customers.Where(k => k.Id == c.CustomerId).Select(k => (int?)k.Number).FirstOrDefault(),
        db.Customers.Where(k => k.Id == c.CustomerId).Select(k => k.CompanyName ?? k.User.FirstName + " " + k.User.LastName).FirstOrDefault(),
        c.Invoices.Count,
        c.HandedOverAt,
        db.Users.Where(u => u.Id == c.HandedOverById).Select(u => u.FirstName + " " + u.LastName).FirstOrDefault(),
        c.State,
        c.StateChangedAt,
        c.CollectorReference);
}
