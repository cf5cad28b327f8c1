using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Support.CannedReplies;

// The desk's standard replies: kept by Support and Admin, offered on every ticket.
public sealed class CannedReplyLibrary(PortalDbContext db, AuditLogger audit, TimeProvider clock)
{
    public const int PageSize = PagedExtensions.DefaultPageSize;

    // What a ticket's reply form offers; more than anyone scrolls through in a list.
    public const int MaxChoices = 100;

    public async Task<CannedReplyList> PageAsync(CannedReplyFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var replies = db.Set<CannedReply>().AsNoTracking();
        if (filter.CultureValue is { } culture)
        {
            replies = replies.Where(r => r.Culture == culture);
        }

        if (filter.Search is { } search)
        {
            var lower = search.ToLowerInvariant();
            // Translated to SQL lower(), the same on SQLite and PostgreSQL; no culture is involved.
#pragma warning disable CA1304, CA1311, CA1862
            replies = replies.Where(r => r.Title.ToLower().Contains(lower) || r.Body.ToLower().Contains(lower));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var page = await replies.OrderBy(r => r.Culture).ThenBy(r => r.Title).ThenBy(r => r.Id)
            .ToPagedAsync(r => new CannedReplyRow(r.Id, r.Title, r.Culture, r.Topic, r.UpdatedAt), filter.Page, PageSize, cancellationToken);
        return new CannedReplyList(page, filter);
    }

    public Task<CannedReply?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Set<CannedReply>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    // False when another reply in the same language has this title (in any letter case): the
    // desk's list would show two the same, and nobody could tell which to pick.
    public async Task<bool> SaveAsync(CannedReply? existing, CannedReplyInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var title = input.Title!.Trim();
        var culture = input.Culture!;
        var id = existing?.Id ?? Guid.NewGuid();
        var lower = title.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862
        if (await db.Set<CannedReply>().AnyAsync(r => r.Id != id && r.Culture == culture && r.Title.ToLower() == lower, cancellationToken))
#pragma warning restore CA1304, CA1311, CA1862
        {
            return false;
        }

        var reply = existing ?? new CannedReply { Id = id };
        reply.Title = title;
        reply.Culture = culture;
        reply.Topic = input.TopicValue;
        reply.Body = input.Body!.Trim();
        reply.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        if (existing is null)
        {
            db.Add(reply);
        }

        audit.Add(existing is null ? AuditAction.CannedReplyCreated : AuditAction.CannedReplyChanged, null, details: Details(reply));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // A colleague saved the same title a moment ago; the unique index kept them apart.
            foreach (var entry in db.ChangeTracker.Entries().ToList())
            {
                entry.State = EntityState.Detached;
            }

            return false;
        }
    }

    public async Task DeleteAsync(CannedReply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        db.Remove(reply);
        audit.Add(AuditAction.CannedReplyDeleted, null, details: Details(reply));
        await db.SaveChangesAsync(cancellationToken);
    }

    // The ticket's language first; within it the replies for its topic, then those for every
    // topic, then the rest, each alphabetically. Filled in for this ticket.
    public async Task<IReadOnlyList<CannedReplyChoice>> ChoicesAsync(Ticket ticket, string? customerName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var culture = ticket.Culture;
        TicketTopic? topic = ticket.Topic;
        var replies = await db.Set<CannedReply>().AsNoTracking()
            .OrderBy(r => r.Culture == culture ? 0 : 1)
            .ThenBy(r => r.Topic == topic ? 0 : r.Topic == null ? 1 : 2)
            .ThenBy(r => r.Title)
            .ThenBy(r => r.Id)
            .Take(MaxChoices)
            .ToListAsync(cancellationToken);
        return replies
            .Select(r => new CannedReplyChoice(r.Id, r.Title, r.Culture, r.Topic, CannedReplyText.Fill(r.Body, r.Culture, customerName, ticket.Number)))
            .ToList();
    }

    // Ids only, as every audit entry: the title is the staff's own text, but the log names no text.
    private static string Details(CannedReply reply) => $"canned reply {reply.Id} ({reply.Culture})";
}
