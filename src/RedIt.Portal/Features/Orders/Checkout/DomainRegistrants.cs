using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Domains;

namespace RedIt.Portal.Features.Orders.Checkout;

// Who the domain names in a basket are registered for, and who its DV or OV certificates are
// applied for (2.3). Asked at checkout only when the basket holds one of them; the phone number
// only for domains, and gender only when one of their registries requires it.
public sealed class DomainRegistrants(PortalDbContext db)
{
    public async Task<RegistrantNeed> NeedAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        // A basket holds at most CustomerBasket.MaxLines items, so they are sorted out here.
        var items = await db.Set<BasketItem>().AsNoTracking()
            .Where(i => i.CustomerId == customerId)
            .Select(i => new { i.Product.Kind, i.Product.Validation, i.DomainAction, i.Product.RegistryRequiresGender })
            .ToListAsync(cancellationToken);
        var needing = items.Where(i => NeedsHolder(i.Kind, i.Validation, i.DomainAction)).ToList();
        var domains = needing.Where(i => i.Kind == ProductKind.DomainExtension).ToList();
        return new RegistrantNeed(needing.Count > 0, domains.Any(d => d.RegistryRequiresGender), AsksPhone: domains.Count > 0);
    }

    // A domain to register or transfer needs its registrant; a DV or OV certificate its applicant.
    // Let's Encrypt needs nobody: it receives no personal data.
    public static bool NeedsHolder(ProductKind kind, CertificateValidation? validation, DomainAction? action) =>
        (kind == ProductKind.DomainExtension && action is DomainAction.Register or DomainAction.Transfer)
        || (kind == ProductKind.SslCertificate && validation != CertificateValidation.LetsEncrypt);

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

// The phone number is asked for domains only: the certificate supplier receives name, address and
// e-mail address, and nothing else (2.3).
public sealed record RegistrantNeed(bool Asks, bool AsksGender, bool AsksPhone);

public sealed record CheckoutView(Basket.BasketView Basket, RegistrantInput? Registrant, RegistrantNeed Need);
