using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Contact;

namespace RedIt.Portal.Features.Support.MyTickets;

// What someone asked before they had an account. Once they confirm the address the tickets were
// sent from, those tickets are theirs: the answers went to that mailbox already, and confirming
// proves they read it. Before confirmation nothing moves, so typing someone else's address at
// sign-up reveals nothing.
public sealed class EarlierTickets(PortalDbContext db)
{
    public async Task<int> ClaimAsync(Guid personId, string? confirmedEmail, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(confirmedEmail))
        {
            return 0;
        }

        var email = confirmedEmail.Trim().ToLowerInvariant();
        // Translated to SQL lower(), the same on SQLite and PostgreSQL; no culture is involved.
#pragma warning disable CA1304, CA1311, CA1862
        var ids = await db.Set<Ticket>()
            .Where(t => t.PersonId == null && t.Email.ToLower() == email)
            .Select(t => t.Id)
            .ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<Ticket>().Where(t => ids.Contains(t.Id) && t.PersonId == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.PersonId, personId), cancellationToken);
        await db.Set<TicketMessage>()
            .Where(m => ids.Contains(m.TicketId) && m.AuthorUserId == null && m.Kind == TicketMessageKind.FromCustomer
                && m.FromAddress != null && m.FromAddress.ToLower() == email)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.AuthorUserId, personId), cancellationToken);
        await db.Set<ContactMessage>()
            .Where(m => m.TicketId != null && ids.Contains(m.TicketId.Value) && m.PersonId == null)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.PersonId, personId), cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862
        await transaction.CommitAsync(cancellationToken);
        return ids.Count;
    }
}
