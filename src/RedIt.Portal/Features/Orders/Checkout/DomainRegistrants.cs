using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Domains;

namespace RedIt.Portal.Features.Orders.Checkout;

// Who the domain names in a basket are registered for (2.3). Asked at checkout only when the basket
// holds a registration or transfer, and gender only when one of their registries requires it.
public sealed class DomainRegistrants(PortalDbContext db)
{
    public async Task<RegistrantNeed> NeedAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        var registries = await db.Set<BasketItem>().AsNoTracking()
            .Where(i => i.CustomerId == customerId && i.Product.Kind == ProductKind.DomainExtension
                && (i.DomainAction == DomainAction.Register || i.DomainAction == DomainAction.Transfer))
            .Select(i => i.Product.RegistryRequiresGender)
            .ToListAsync(cancellationToken);
        return new RegistrantNeed(registries.Count > 0, registries.Any(requires => requires));
    }

    // The registrant of the customer's last domain order, else the customer's own details.
    public async Task<RegistrantInput> SuggestAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        var last = await db.Set<DomainContact>().AsNoTracking()
            .Where(c => c.CustomerId == customerId)
            .OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (last is not null)
        {
            return RegistrantInput.From(last);
        }

        var customer = await db.Customers.AsNoTracking().Include(c => c.User).Include(c => c.Addresses)
            .SingleAsync(c => c.Id == customerId, cancellationToken);
        return RegistrantInput.From(customer);
    }

    // The same registrant as before keeps its contact, and so its handle at the supplier; a changed
    // one becomes a new contact, so an earlier domain's registrant is never changed by an order.
    public async Task<DomainContact> ContactForAsync(Guid customerId, RegistrantInput input, bool keepGender, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var wanted = input.ToContact(customerId, keepGender, now);
        var known = await db.Set<DomainContact>()
            .Where(c => c.CustomerId == customerId && c.FirstName == wanted.FirstName && c.LastName == wanted.LastName
                && c.Gender == wanted.Gender && c.CompanyName == wanted.CompanyName && c.Street == wanted.Street
                && c.HouseNumber == wanted.HouseNumber && c.PostalCode == wanted.PostalCode && c.City == wanted.City
                && c.CountryCode == wanted.CountryCode && c.PhoneNumber == wanted.PhoneNumber && c.Email == wanted.Email)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (known is not null)
        {
            return known;
        }

        db.Add(wanted);
        return wanted;
    }
}

public sealed record RegistrantNeed(bool Asks, bool AsksGender);

public sealed record CheckoutView(Basket.BasketView Basket, RegistrantInput? Registrant, bool AsksGender);
