using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using RedIt.Portal.Data;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Catalog.Admin;

// Keeps the catalogue. A product is withdrawn rather than deleted: orders and services refer to it,
// and a withdrawn product is simply no longer offered.
public sealed class ProductAdmin(PortalDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    public async Task<ProductList> PageAsync(ProductFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var products = db.Set<Product>().AsNoTracking();
        if (filter.KindValue is { } kind)
        {
            products = products.Where(p => p.Kind == kind);
        }

        products = filter.StateValue switch
        {
            ProductFilter.OfferedState => products.Where(p => p.Active),
            ProductFilter.WithdrawnState => products.Where(p => !p.Active),
            _ => products,
        };
        if (filter.Search is { } search)
        {
            var lower = search.ToLowerInvariant();
            // Translated to SQL lower(), the same on SQLite and PostgreSQL; no culture is involved.
#pragma warning disable CA1304, CA1311, CA1862
            products = products.Where(p => p.Code.ToLower().Contains(lower) || p.NameEn.ToLower().Contains(lower) || p.NameNl.ToLower().Contains(lower));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var page = await products.OrderBy(p => p.Kind).ThenBy(p => p.SortOrder).ThenBy(p => p.Code)
            .ToPagedAsync(p => new ProductRow(p.Id, p.Kind, p.Code, p.NameEn, p.NameNl, p.PriceExclVat, p.PeriodMonths, p.QuotationOnly, p.Active), filter.Page, cancellationToken: cancellationToken);
        return new ProductList(page, filter);
    }

    public Task<Product?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Set<Product>().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    // The checks that depend on the kind, added to the form's errors: each kind needs its own field.
    public void Check(ProductInput input, ModelStateDictionary errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        void Error(string field, string message) => errors.AddModelError($"{nameof(ProductForm.Input)}.{field}", text[message]);
        switch (input.Kind)
        {
            case ProductKind.DomainExtension when ProductRules.NormalTld(input.Tld) is null:
                Error(nameof(ProductInput.Tld), "Please give the extension without the dot, such as nl or com.");
                break;
            case ProductKind.SslCertificate when input.Validation is null:
                Error(nameof(ProductInput.Validation), "Please choose how the certificate is validated.");
                break;
            case ProductKind.Mailbox when input.SpamFilter is null:
                Error(nameof(ProductInput.SpamFilter), "Please choose who filters the mailbox's spam.");
                break;
            case ProductKind.Colocation when input.RackUnits is null:
                Error(nameof(ProductInput.RackUnits), "Please give the number of rack units.");
                break;
        }
    }

    // False when another product has the code already; nothing is saved then.
    public async Task<bool> SaveAsync(Product? existing, ProductInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var code = input.Code!.Trim();
        if (await db.Set<Product>().AnyAsync(p => p.Code == code && (existing == null || p.Id != existing.Id), cancellationToken))
        {
            return false;
        }

        var product = existing ?? new Product { Id = Guid.NewGuid(), CreatedAt = clock.GetUtcNow().UtcDateTime };
        var kind = input.Kind!.Value;
        product.Kind = kind;
        product.Code = code;
        product.NameEn = input.NameEn!.Trim();
        product.NameNl = input.NameNl!.Trim();
        product.DescriptionEn = input.DescriptionEn?.Trim() ?? "";
        product.DescriptionNl = input.DescriptionNl?.Trim() ?? "";
        product.PriceExclVat = input.PriceValue!.Value;
        product.PeriodMonths = input.PeriodMonths!.Value;
        product.SortOrder = input.SortOrder;

        // Only the kind's own fields are kept, so a product changed from one kind to another
        // carries nothing of the old kind along.
        product.Tld = kind == ProductKind.DomainExtension ? ProductRules.NormalTld(input.Tld) : null;
        product.RegistryRequiresGender = kind == ProductKind.DomainExtension && input.RegistryRequiresGender;
        product.Validation = kind == ProductKind.SslCertificate ? input.Validation : null;
        product.SpamFilter = kind == ProductKind.Mailbox ? input.SpamFilter : null;
        product.RackUnits = kind == ProductKind.Colocation ? input.RackUnits : null;
        product.QuotationOnly = kind == ProductKind.ManagedService;
        var limited = kind is ProductKind.Hosting or ProductKind.Mailbox;
        product.TrafficLimitGb = kind == ProductKind.Hosting ? input.TrafficLimitGb : null;
        product.StorageLimitGb = limited ? input.StorageLimitGb : null;
        if (existing is null)
        {
            db.Add(product);
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task SetOfferedAsync(Product product, bool offered, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(product);
        product.Active = offered;
        await db.SaveChangesAsync(cancellationToken);
    }
}
