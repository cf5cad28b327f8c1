using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Services;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Incidents.Desk;

// Support and Admin write an outage notice as a draft, see whom it will reach, publish it (which
// mails exactly the customers with an active service on an affected product or platform) and
// resolve it.
public sealed class IncidentDesk(PortalDbContext db, IncidentMails mails, MailOutbox outbox, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    public const int PageSize = 25;

    public Task<Paged<IncidentRow>> PageAsync(int page, CancellationToken cancellationToken = default) =>
        db.Set<Incident>().AsNoTracking()
            .OrderByDescending(i => i.StartedAt).ThenBy(i => i.Id)
            .ToPagedAsync(i => new IncidentRow(i.Id, i.TitleEn, i.TitleNl, i.Status, i.StartedAt, i.PublishedAt, i.ResolvedAt), page, PageSize, cancellationToken);

    public Task<List<ProductChoice>> ProductChoicesAsync(CancellationToken cancellationToken = default) =>
        db.Set<Product>().AsNoTracking()
            .OrderBy(p => p.Kind).ThenBy(p => p.SortOrder).ThenBy(p => p.NameEn)
            .Select(p => new ProductChoice(p.Id, p.Kind, p.NameEn, p.NameNl))
            .ToListAsync(cancellationToken);

    public async Task<Incident?> CreateAsync(IncidentInput input, ModelStateDictionary errors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        var products = await db.Set<Product>().Where(p => input.Products.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        if (products.Count == 0 && input.PlatformNames.Count == 0)
        {
            errors.AddModelError("Input.Products", text["Choose the affected products or name the affected servers, or both."]);
        }

        if (input.PlatformNames.Any(p => p.Length > 100))
        {
            errors.AddModelError("Input.Platforms", text["A server or platform name can be at most {0} characters.", 100]);
        }

        if (!errors.IsValid)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var incident = new Incident
        {
            Id = Guid.NewGuid(),
            TitleEn = input.TitleEn!.Trim(),
            TitleNl = input.TitleNl!.Trim(),
            BodyEn = input.BodyEn!.Trim(),
            BodyNl = input.BodyNl!.Trim(),
            Status = IncidentStatus.Draft,
            StartedAt = now,
            UpdatedAt = now,
        };
        incident.Scopes.AddRange(products.Select(p => new IncidentScope { Id = Guid.NewGuid(), IncidentId = incident.Id, ProductId = p }));
        incident.Scopes.AddRange(input.PlatformNames.Select(p => new IncidentScope { Id = Guid.NewGuid(), IncidentId = incident.Id, Platform = p }));
        db.Add(incident);
        await db.SaveChangesAsync(cancellationToken);
        return incident;
    }

    public async Task<IncidentDetails?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var incident = await db.Set<Incident>().AsNoTracking().Include(i => i.Scopes).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (incident is null)
        {
            return null;
        }

        var productIds = incident.Scopes.Where(s => s.ProductId != null).Select(s => s.ProductId!.Value).ToList();
        var products = await db.Set<Product>().AsNoTracking().Where(p => productIds.Contains(p.Id))
            .OrderBy(p => p.NameEn).Select(p => new ProductChoice(p.Id, p.Kind, p.NameEn, p.NameNl)).ToListAsync(cancellationToken);
        var affected = await Affected(incident.Id).CountAsync(cancellationToken);
        var mailed = await db.Set<IncidentNotice>().CountAsync(n => n.IncidentId == id, cancellationToken);
        return new IncidentDetails(incident, products, incident.Scopes.Where(s => s.Platform != null).Select(s => s.Platform!).Order(StringComparer.Ordinal).ToList(), affected, mailed);
    }

    // Publishing twice, or from two instances at once, mails nobody twice: the notice per
    // customer is unique, and only customers without one are mailed.
    public async Task<int> PublishAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var incident = await db.Set<Incident>().SingleAsync(i => i.Id == id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (incident.PublishedAt is null)
        {
            incident.PublishedAt = now;
            incident.Status = IncidentStatus.Investigating;
            incident.UpdatedAt = now;
        }

        var mailedAlready = db.Set<IncidentNotice>().Where(n => n.IncidentId == id).Select(n => n.CustomerId);
        var customers = await Affected(id).Where(c => !mailedAlready.Contains(c))
            .Join(db.Users, c => c, u => u.Id, (c, u) => new { u.Id, u.Email, u.FirstName, u.LastName, u.PreferredCulture })
            .ToListAsync(cancellationToken);
        var services = await AffectedServices(id).Where(s => customers.Select(c => c.Id).Contains(s.CustomerId))
            .Select(s => new { s.CustomerId, s.Name }).ToListAsync(cancellationToken);
        foreach (var customer in customers)
        {
            db.Add(new IncidentNotice { Id = Guid.NewGuid(), IncidentId = id, CustomerId = customer.Id, QueuedAt = now });
            mails.AddOutage(incident, customer.Id, new(customer.Email!, customer.FirstName + " " + customer.LastName, customer.PreferredCulture),
                services.Where(s => s.CustomerId == customer.Id).Select(s => s.Name).Order(StringComparer.Ordinal).ToList());
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // Only now can the dispatcher see the mails.
        outbox.Wake();
        return customers.Count;
    }

    public async Task<bool> ResolveAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Set<Incident>()
            .Where(i => i.Id == id && i.PublishedAt != null && i.ResolvedAt == null)
            .ExecuteUpdateAsync(i => i.SetProperty(x => x.Status, IncidentStatus.Resolved).SetProperty(x => x.ResolvedAt, now).SetProperty(x => x.UpdatedAt, now), cancellationToken) == 1;
    }

    // Active services on an affected product or platform: ended, suspended or pending ones are not in use.
    private IQueryable<Service> AffectedServices(Guid incidentId)
    {
        var scopes = db.Set<IncidentScope>().Where(s => s.IncidentId == incidentId);
        return db.Set<Service>().Where(s => s.Status == ServiceStatus.Active
            && scopes.Any(scope => scope.ProductId == s.ProductId || (scope.Platform != null && scope.Platform == s.Platform)));
    }

    private IQueryable<Guid> Affected(Guid incidentId) => AffectedServices(incidentId).Select(s => s.CustomerId).Distinct();
}

public sealed record IncidentRow(Guid Id, string TitleEn, string TitleNl, IncidentStatus Status, DateTime StartedAt, DateTime? PublishedAt, DateTime? ResolvedAt)
{
    public string Title(string culture) => culture.StartsWith("nl", StringComparison.Ordinal) ? TitleNl : TitleEn;
}

public sealed record ProductChoice(Guid Id, ProductKind Kind, string NameEn, string NameNl)
{
    public string Name(string culture) => culture.StartsWith("nl", StringComparison.Ordinal) ? NameNl : NameEn;
}

public sealed record IncidentDetails(Incident Incident, IReadOnlyList<ProductChoice> Products, IReadOnlyList<string> Platforms, int AffectedCustomers, int MailedCustomers);

public sealed record IncidentForm(IncidentInput Input, IReadOnlyList<ProductChoice> Products);

public sealed record IncidentsView(Paged<IncidentRow> Incidents);
