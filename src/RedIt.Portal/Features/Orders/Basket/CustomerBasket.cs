using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Catalog;

namespace RedIt.Portal.Features.Orders.Basket;

// What a customer chose and has not checked out yet. Kept in the database, so the basket is the
// same on every device and after signing in again; the retention sweep forgets it after 30 days.
public sealed partial class CustomerBasket(PortalDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    public const int MaxLines = 50;

    public Task<bool> IsCustomerAsync(Guid personId, CancellationToken cancellationToken = default) =>
        db.Customers.AnyAsync(c => c.Id == personId, cancellationToken);

    public async Task<BasketView> ViewAsync(Guid customerId, CancellationToken cancellationToken = default) =>
        new(await db.Set<BasketItem>().AsNoTracking()
            .Where(i => i.CustomerId == customerId)
            .OrderBy(i => i.AddedAt).ThenBy(i => i.Id)
            .Select(i => new BasketLine(i.Id, i.Product.Code, i.Product.Kind, i.Product.NameEn, i.Product.NameNl, i.DomainName, i.Quantity, i.Product.PriceExclVat, i.Product.PeriodMonths))
            .ToListAsync(cancellationToken));

    // Only what can be put in a basket: an offered product, not one sold by quotation.
    public async Task<Product?> OrderableAsync(Guid productId, CancellationToken cancellationToken = default) =>
        await db.Set<Product>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == productId, cancellationToken) is { } product && product.GoesInBasket()
            ? product
            : null;

    // The product's own checks, added to the form's errors; the domain name as it will be stored, or null.
    public async Task<bool> IsFullAsync(Guid customerId, CancellationToken cancellationToken = default) =>
        await db.Set<BasketItem>().CountAsync(i => i.CustomerId == customerId, cancellationToken) >= MaxLines;

    public Task<bool> HoldsDomainAsync(Guid customerId, string domainName, CancellationToken cancellationToken = default) =>
        db.Set<BasketItem>().AnyAsync(i => i.CustomerId == customerId && i.DomainAction != null && i.DomainName == domainName, cancellationToken);

    public async Task<string?> CheckAsync(Guid customerId, Product product, BasketInput input, ModelStateDictionary errors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        string? domain = null;
        if (product.NeedsDomainName())
        {
            domain = NormalDomain(input.DomainName);
            if (domain is null)
            {
                errors.AddModelError($"Input.{nameof(BasketInput.DomainName)}", text["Please give the domain name it is for, such as example.nl."]);
            }
        }

        if (await db.Set<BasketItem>().CountAsync(i => i.CustomerId == customerId, cancellationToken) >= MaxLines)
        {
            errors.AddModelError("", text["Your basket holds {0} products, the most it can. Check out or remove some first.", MaxLines]);
        }

        return domain;
    }

    public async Task AddAsync(Guid customerId, Product product, string? domainName, int quantity, DomainAction? domainAction = null, string? protectedAuthCode = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(product);
        db.Add(new BasketItem
        {
            Id = Guid.NewGuid(),
            CustomerId = customerId,
            ProductId = product.Id,
            DomainName = domainName,
            DomainAction = domainAction,
            ProtectedAuthCode = protectedAuthCode,
            Quantity = quantity,
            AddedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    // Another customer's line, or one removed already, changes nothing.
    public Task<int> RemoveAsync(Guid customerId, Guid itemId, CancellationToken cancellationToken = default) =>
        db.Set<BasketItem>().Where(i => i.Id == itemId && i.CustomerId == customerId).ExecuteDeleteAsync(cancellationToken);

    // "WWW.Example.NL." becomes "example.nl"; anything that is not a domain name becomes null.
    public static string? NormalDomain(string? domain)
    {
        var trimmed = domain?.Trim().TrimEnd('.').ToLowerInvariant();
        if (trimmed is null || trimmed.Length is 0 or > 253)
        {
            return null;
        }

        if (trimmed.StartsWith("www.", StringComparison.Ordinal))
        {
            trimmed = trimmed[4..];
        }

        return Domain().IsMatch(trimmed) ? trimmed : null;
    }

    [GeneratedRegex("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Domain();
}
