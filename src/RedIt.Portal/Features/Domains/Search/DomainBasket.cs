using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Domains.Supplier;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Orders.Basket;

namespace RedIt.Portal.Features.Domains.Search;

// A free domain from the search into the basket, as a registration for a year. The supplier is
// asked again, so a name taken since the search never reaches the order.
public sealed class DomainBasket(PortalDbContext db, CustomerBasket basket, IDomainSupplier supplier)
{
    // Null when added, otherwise the resource key of what stopped it.
    public async Task<string?> AddAsync(Guid customerId, string? domain, CancellationToken cancellationToken = default)
    {
        if (DomainSearch.Parse(domain ?? "") is not (var label, { } tld))
        {
            return "Search for the domain first, then add it.";
        }

        var product = await db.Set<Product>().FirstOrDefaultAsync(p => p.Kind == ProductKind.DomainExtension && p.Active && p.Tld == tld, cancellationToken);
        if (product is null)
        {
            return "Search for the domain first, then add it.";
        }

        var name = label + "." + tld;
        if (await basket.HoldsDomainAsync(customerId, name, cancellationToken))
        {
            return "This domain is in your basket already.";
        }

        if (await basket.IsFullAsync(customerId, cancellationToken))
        {
            return "Your basket is full. Check out or remove a product first.";
        }

        try
        {
            var answer = await supplier.CheckAsync(label, [tld], cancellationToken);
            if (answer.Single().Status != DomainAvailabilityStatus.Free)
            {
                return "This domain is no longer free.";
            }
        }
        catch (DomainSupplierUnavailableException)
        {
            return "The domain search is not available right now. Please try again in a few minutes.";
        }

        await basket.AddAsync(customerId, product, name, 1, DomainAction.Register, cancellationToken);
        return null;
    }
}
