using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Features.Support.Desk;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Customers.Staff;

// Staff look customers up by number, name, company or address, and open one customer's details
// with their tickets. Opening a customer shows their personal data, so every opening is audited.
public sealed class CustomerDirectory(PortalDbContext db, DeskScope scope, AuditLogger audit)
{
    public const int PageSize = 25;

    public const int RecentTickets = 20;

    public async Task<Paged<CustomerRow>> SearchAsync(string? search, int page, CancellationToken cancellationToken = default)
    {
        var customers = db.Customers.AsNoTracking();
        var q = search?.Trim();
        if (!string.IsNullOrEmpty(q))
        {
            if (int.TryParse(q, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                customers = customers.Where(c => c.Number == number);
            }
            else
            {
                // Translated to SQL lower(), the same on SQLite and PostgreSQL; no culture is involved.
                var lower = q.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862
                customers = customers.Where(c =>
                    c.User.Email!.ToLower().Contains(lower)
                    || (c.User.FirstName + " " + c.User.LastName).ToLower().Contains(lower)
                    || (c.CompanyName != null && c.CompanyName.ToLower().Contains(lower)));
#pragma warning restore CA1304, CA1311, CA1862
            }
        }

        return await customers
            .OrderBy(c => c.User.LastName).ThenBy(c => c.User.FirstName).ThenBy(c => c.Number)
            .ToPagedAsync(
                c => new CustomerRow(
                    c.Number,
                    c.User.FirstName + " " + c.User.LastName,
                    c.CompanyName,
                    c.User.Email!,
                    c.Addresses.Where(a => a.Kind == AddressKind.Postal).Select(a => a.City).FirstOrDefault(),
                    c.CreatedAt),
                page,
                PageSize,
                cancellationToken);
    }

    public async Task<CustomerDetailsView?> DetailsAsync(int number, CancellationToken cancellationToken = default)
    {
        var customer = await db.Customers.AsNoTracking()
            .Include(c => c.User)
            .Include(c => c.Addresses)
            .SingleOrDefaultAsync(c => c.Number == number, cancellationToken);
        if (customer is null)
        {
            return null;
        }

        // Sales and Finance see the customer, but of the tickets only those of their topics.
        var tickets = scope.Visible(db.Set<Ticket>().AsNoTracking()).Where(t => t.PersonId == customer.Id);
        var total = await tickets.CountAsync(cancellationToken);
        var recent = await tickets
            .OrderByDescending(t => t.LastMessageAt).ThenByDescending(t => t.Number)
            .Take(RecentTickets)
            .Select(t => new CustomerTicket(t.Number, t.Subject, t.Topic, t.Status, t.LastMessageAt))
            .ToListAsync(cancellationToken);
        await audit.RecordAsync(AuditAction.CustomerViewed, customer.Id, details: $"customer {customer.Number}", cancellationToken: cancellationToken);
        return new CustomerDetailsView(customer, recent, total);
    }
}
