using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Services;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Infrastructure.Web;
using RedIt.Portal.Infrastructure.Time;

namespace RedIt.Portal.Features.Incidents.Desk;

// Support and Admin write an outage notice as a draft, see whom it will reach, publish it (which
// mails exactly the customers with an active service on an affected product or platform) and
// resolve it.
public sealed class IncidentDesk(PortalDbContext db, IncidentMails mails, MailOutbox outbox, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    public const int PageSize = 25;

    // As a datetime-local field sends it, and as a person types it.
    private static readonly string[] StartedAtFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];

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
        if (await CheckAsync(input, errors, cancellationToken) is not { } notice)
        {
            return null;
        }

        var incident = new Incident
        {
            Id = Guid.NewGuid(), TitleEn = notice.TitleEn, TitleNl = notice.TitleNl, BodyEn = notice.BodyEn, BodyNl = notice.BodyNl,
            Status = IncidentStatus.Draft, StartedAt = notice.StartedAt, UpdatedAt = notice.Now,
        };
        incident.Scopes.AddRange(Scopes(incident.Id, notice));
        db.Add(incident);
        await db.SaveChangesAsync(cancellationToken);
        return incident;
    }

    // The form of a draft as it is now, to edit it; null for a published notice, which is no longer
    // edited: what customers were told stays what they were told, and updates say what changed.
    public async Task<IncidentInput?> DraftInputAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var incident = await db.Set<Incident>().AsNoTracking().Include(i => i.Scopes)
            .SingleOrDefaultAsync(i => i.Id == id && i.PublishedAt == null, cancellationToken);
        return incident is null ? null : new IncidentInput
        {
            TitleEn = incident.TitleEn, TitleNl = incident.TitleNl, BodyEn = incident.BodyEn, BodyNl = incident.BodyNl,
            StartedAt = AmsterdamTime.ToLocal(incident.StartedAt).ToString(StartedAtFormats[0], CultureInfo.InvariantCulture),
            Products = incident.Scopes.Where(s => s.ProductId != null).Select(s => s.ProductId!.Value).ToList(),
            Platforms = string.Join("\n", incident.Scopes.Where(s => s.Platform != null).Select(s => s.Platform).Order(StringComparer.Ordinal)),
        };
    }

    // Changes a draft, and with its scope whom publishing will reach. The update is conditional on
    // the notice still being a draft, in the transaction that replaces the scope, so a publish at
    // the same moment either comes first (and the edit is refused) or mails the new scope.
    public async Task<EditResult> EditAsync(Guid id, IncidentInput input, ModelStateDictionary errors, CancellationToken cancellationToken = default)
    {
        if (await CheckAsync(input, errors, cancellationToken) is not { } notice)
        {
            return EditResult.Invalid;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var edited = await db.Set<Incident>().Where(i => i.Id == id && i.PublishedAt == null).ExecuteUpdateAsync(set => set
            .SetProperty(i => i.TitleEn, notice.TitleEn).SetProperty(i => i.TitleNl, notice.TitleNl)
            .SetProperty(i => i.BodyEn, notice.BodyEn).SetProperty(i => i.BodyNl, notice.BodyNl)
            .SetProperty(i => i.StartedAt, notice.StartedAt).SetProperty(i => i.UpdatedAt, notice.Now), cancellationToken);
        if (edited == 0)
        {
            return EditResult.Published;
        }

        await db.Set<IncidentScope>().Where(s => s.IncidentId == id).ExecuteDeleteAsync(cancellationToken);
        db.AddRange(Scopes(id, notice));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return EditResult.Edited;
    }

    // The same rules for a new notice and an edited draft; every problem goes under its field.
    private async Task<CheckedNotice?> CheckAsync(IncidentInput input, ModelStateDictionary errors, CancellationToken cancellationToken)
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

        var now = clock.GetUtcNow().UtcDateTime;
        var startedAt = now;
        if (!string.IsNullOrWhiteSpace(input.StartedAt))
        {
            if (!DateTime.TryParseExact(input.StartedAt.Trim(), StartedAtFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
                || AmsterdamTime.ToUtc(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local)) is not { } utc)
            {
                errors.AddModelError("Input.StartedAt", text["Please give the start as a date and time, e.g. 2026-12-24 09:30."]);
            }
            else if (utc > now)
            {
                errors.AddModelError("Input.StartedAt", text["An outage cannot start in the future."]);
            }
            else
            {
                startedAt = utc;
            }
        }

        return errors.IsValid
            ? new CheckedNotice(input.TitleEn!.Trim(), input.TitleNl!.Trim(), input.BodyEn!.Trim(), input.BodyNl!.Trim(), startedAt, now, products, input.PlatformNames)
            : null;
    }

    private static IEnumerable<IncidentScope> Scopes(Guid incidentId, CheckedNotice notice) =>
        notice.Products.Select(p => new IncidentScope { Id = Guid.NewGuid(), IncidentId = incidentId, ProductId = p })
            .Concat(notice.Platforms.Select(p => new IncidentScope { Id = Guid.NewGuid(), IncidentId = incidentId, Platform = p }));

    private sealed record CheckedNotice(
        string TitleEn, string TitleNl, string BodyEn, string BodyNl, DateTime StartedAt, DateTime Now, IReadOnlyList<Guid> Products, IReadOnlyList<string> Platforms);

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
        var updates = await db.Set<IncidentUpdate>().AsNoTracking().Where(u => u.IncidentId == id)
            .OrderByDescending(u => u.PostedAt).ThenBy(u => u.Id)
            .Select(u => new UpdateRow(u.Id, u.Status, u.BodyEn, u.BodyNl, u.PostedAt, db.Set<IncidentUpdateNotice>().Count(n => n.UpdateId == u.Id)))
            .ToListAsync(cancellationToken);
        return new IncidentDetails(incident, products, incident.Scopes.Where(s => s.Platform != null).Select(s => s.Platform!).Order(StringComparer.Ordinal).ToList(), affected, mailed, updates);
    }

    // Publishing twice, or from two instances at once, mails nobody twice: the notice per
    // customer is unique, and only customers without one are mailed.
    public async Task<int> PublishAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        // Published in one conditional statement before the scope is read: an edit of the draft at
        // the same moment either comes first, and its scope is mailed, or finds it published.
        await db.Set<Incident>().Where(i => i.Id == id && i.PublishedAt == null).ExecuteUpdateAsync(set => set
            .SetProperty(i => i.PublishedAt, now).SetProperty(i => i.Status, IncidentStatus.Investigating).SetProperty(i => i.UpdatedAt, now), cancellationToken);
        var incident = await db.Set<Incident>().AsNoTracking().SingleAsync(i => i.Id == id, cancellationToken);

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

    // An update on a published outage that is not resolved, or its resolution with a closing text;
    // mailed, if staff ask, to exactly the customers told about the outage before. The form's key is
    // the update's id, so the same form sent twice, or to two instances, posts and mails once.
    public async Task<UpdateResult> PostUpdateAsync(Guid id, IncidentUpdateInput input, bool resolve, string prefix, ModelStateDictionary errors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        if (!resolve && input.Status is not (IncidentStatus.Investigating or IncidentStatus.Monitoring))
        {
            errors.AddModelError(prefix + "." + nameof(IncidentUpdateInput.Status), text["Choose Investigating or Monitoring; resolving has its own form."]);
        }

        if (!errors.IsValid)
        {
            return UpdateResult.Invalid;
        }

        var key = input.Key ?? Guid.NewGuid();
        var status = resolve ? IncidentStatus.Resolved : input.Status!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Set<IncidentUpdate>().AnyAsync(u => u.Id == key, cancellationToken))
        {
            return UpdateResult.AlreadyPosted;
        }

        var open = await db.Set<Incident>().Where(i => i.Id == id && i.PublishedAt != null && i.ResolvedAt == null).ExecuteUpdateAsync(
            set =>
            {
                set.SetProperty(i => i.Status, status).SetProperty(i => i.UpdatedAt, now);
                if (resolve)
                {
                    set.SetProperty(i => i.ResolvedAt, now);
                }
            },
            cancellationToken);
        if (open == 0)
        {
            // A second click that waited for the first one's commit sees it here.
            return await db.Set<IncidentUpdate>().AnyAsync(u => u.Id == key, cancellationToken) ? UpdateResult.AlreadyPosted : UpdateResult.NotOpen;
        }

        var incident = await db.Set<Incident>().AsNoTracking().SingleAsync(i => i.Id == id, cancellationToken);
        var update = new IncidentUpdate
        {
            Id = key, IncidentId = id, Status = status, BodyEn = input.BodyEn!.Trim(), BodyNl = input.BodyNl!.Trim(), PostedAt = now, Mailed = input.Mail,
        };
        db.Add(update);
        if (input.Mail)
        {
            var told = await db.Set<IncidentNotice>().Where(n => n.IncidentId == id)
                .Join(db.Users, n => n.CustomerId, u => u.Id, (n, u) => new { u.Id, u.Email, u.FirstName, u.LastName, u.PreferredCulture, n.QueuedAt })
                .ToListAsync(cancellationToken);
            foreach (var customer in told)
            {
                db.Add(new IncidentUpdateNotice { Id = Guid.NewGuid(), UpdateId = key, CustomerId = customer.Id, QueuedAt = now });
                mails.AddUpdate(incident, update, customer.Id, new(customer.Email!, customer.FirstName + " " + customer.LastName, customer.PreferredCulture), customer.QueuedAt);
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same key from another request committed between the check and this insert.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            if (await db.Set<IncidentUpdate>().AnyAsync(u => u.Id == key, CancellationToken.None))
            {
                return UpdateResult.AlreadyPosted;
            }

            throw;
        }

        outbox.Wake();
        return UpdateResult.Posted;
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

public sealed record IncidentDetails(
    Incident Incident, IReadOnlyList<ProductChoice> Products, IReadOnlyList<string> Platforms, int AffectedCustomers, int MailedCustomers, IReadOnlyList<UpdateRow> Updates)
{
    public bool IsOpen => Incident.PublishedAt is not null && Incident.ResolvedAt is null;
}

public sealed record UpdateRow(Guid Id, IncidentStatus Status, string BodyEn, string BodyNl, DateTime PostedAt, int MailedCustomers);

// The staff page of one notice, with the update and resolve forms as last typed.
public sealed record IncidentPage(IncidentDetails Details, IncidentUpdateInput Update, IncidentUpdateInput Closing);

// Create and edit share the form; Id is the draft's when editing.
public sealed record IncidentForm(IncidentInput Input, IReadOnlyList<ProductChoice> Products, Guid? Id = null)
{
    public string Action => Id is { } id ? $"/staff/incidents/{id}/edit" : "/staff/incidents/new";
}

public enum EditResult
{
    Invalid,
    Edited,
    Published,
}

public enum UpdateResult
{
    Invalid,
    Posted,
    AlreadyPosted,
    NotOpen,
}

public sealed record IncidentsView(Paged<IncidentRow> Incidents);
