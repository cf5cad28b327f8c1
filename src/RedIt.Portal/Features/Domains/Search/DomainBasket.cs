using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Domains.Supplier;
using RedIt.Portal.Features.Domains.Transfer;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Orders.Basket;

namespace RedIt.Portal.Features.Domains.Search;

// A domain from the search into the basket for a year: a free one as a registration, a taken one
// as a transfer with its auth code. The supplier is asked again, so a name taken or freed since
// the search never reaches the order as the wrong kind.
public sealed class DomainBasket(PortalDbContext db, CustomerBasket basket, IDomainSupplier supplier, DomainTransferCodes codes)
{
    // Null when added, otherwise the resource key of what stopped it.
    public Task<string?> AddAsync(Guid customerId, string? domain, CancellationToken cancellationToken = default) =>
        AddAsync(customerId, domain, DomainAction.Register, protectedAuthCode: null, cancellationToken);

    // The auth code is checked by the caller (DomainTransferCodes.Normalise) and stored encrypted.
    public Task<string?> AddTransferAsync(Guid customerId, string? domain, string authCode, CancellationToken cancellationToken = default) =>
        AddAsync(customerId, domain, DomainAction.Transfer, codes.Protect(authCode), cancellationToken);

    private async Task<string?> AddAsync(Guid customerId, string? domain, DomainAction action, string? protectedAuthCode, CancellationToken cancellationToken)
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
            var status = (await supplier.CheckAsync(label, [tld], cancellationToken)).Single().Status;
            if (action == DomainAction.Register && status != DomainAvailabilityStatus.Free)
            {
                return "This domain is no longer free.";
            }

            if (action == DomainAction.Transfer && status != DomainAvailabilityStatus.Taken)
            {
                return "This domain is not registered yet, so there is nothing to transfer. Register it instead.";
            }
        }
        catch (DomainSupplierUnavailableException)
        {
            return "The domain search is not available right now. Please try again in a few minutes.";
        }

        await basket.AddAsync(customerId, product, name, 1, action, protectedAuthCode, cancellationToken);
        return null;
    }
}
