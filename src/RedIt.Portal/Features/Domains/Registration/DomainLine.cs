using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Domains.Supplier;
using RedIt.Portal.Features.Orders;

namespace RedIt.Portal.Features.Domains.Registration;

// What the registration and the transfer step read from a domain's order line, in one place.
internal static class DomainLine
{
    // "shop.co.uk" is label "shop" and extension "co.uk": the search only stores names of that shape.
    public static (string Label, string Tld) Split(string domain)
    {
        var dot = domain.IndexOf('.', StringComparison.Ordinal);
        return (domain[..dot], domain[(dot + 1)..]);
    }

    public static Task<string?> OwnerHandleAsync(PortalDbContext db, OrderLine line, CancellationToken cancellationToken) =>
        line.DomainContactId is { } contactId
            ? db.Set<DomainContact>().Where(c => c.Id == contactId).Select(c => c.SupplierHandle).SingleOrDefaultAsync(cancellationToken)
            : Task.FromResult<string?>(null);

    public static DomainRegistration Registration(OrderLine line, string label, string tld, string handle) =>
        new(label, tld, Math.Max(1, line.PeriodMonths / 12), handle, NameServers(line.NameServers));

    private static string[] NameServers(string? spaced) =>
        string.IsNullOrWhiteSpace(spaced) ? [] : spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
