using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Domains.Supplier;

namespace RedIt.Portal.Features.Domains.Search;

// "Is winkel.nl free?": the name the visitor typed, checked with the supplier against every
// extension RED-IT offers (the one typed first), each with its price from the catalogue.
public sealed partial class DomainSearch(PortalDbContext db, IDomainSupplier supplier)
{
    public async Task<DomainSearchResult> SearchAsync(string? query, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return DomainSearchResult.Empty;
        }

        if (Parse(query) is not var (label, tld))
        {
            return DomainSearchResult.Invalid("Type a name of letters, digits and hyphens, such as my-shop or my-shop.nl.");
        }

        var offered = await db.Set<Product>().AsNoTracking()
            .Where(p => p.Kind == ProductKind.DomainExtension && p.Active && p.Tld != null)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Tld)
            .Select(p => new { p.Id, Tld = p.Tld!, p.PriceExclVat, p.PeriodMonths, p.RegistryRequiresGender })
            .ToListAsync(cancellationToken);
        if (tld is not null && offered.All(p => p.Tld != tld))
        {
            return DomainSearchResult.Invalid("We do not offer domains ending in .{0}.", tld);
        }

        var ordered = offered.OrderBy(p => p.Tld == tld ? 0 : 1).ToList();
        IReadOnlyList<DomainAvailability> answers;
        try
        {
            answers = await supplier.CheckAsync(label, ordered.Select(p => p.Tld).ToList(), cancellationToken);
        }
        catch (DomainSupplierUnavailableException)
        {
            return DomainSearchResult.Unavailable(label);
        }

        return new DomainSearchResult(label, null, [], false, ordered.Zip(answers, (p, a) =>
            new DomainOffer(a.Domain, p.Id, a.Status, p.PriceExclVat, p.PeriodMonths, p.RegistryRequiresGender)).ToList());
    }

    // "WWW.Winkel.NL." becomes ("winkel", "nl"), "winkel" becomes ("winkel", null); anything else null.
    public static (string Label, string? Tld)? Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var name = query.Trim().TrimEnd('.').ToLowerInvariant();
        if (name.StartsWith("www.", StringComparison.Ordinal))
        {
            name = name[4..];
        }

        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var label = dot < 0 ? name : name[..dot];
        var tld = dot < 0 ? null : name[(dot + 1)..];
        return Label().IsMatch(label) && (tld is null || Tld().IsMatch(tld)) ? (label, tld) : null;
    }

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex("^[a-z]{2,63}(\\.[a-z]{2,63})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Tld();
}

public sealed record DomainOffer(string Domain, Guid ProductId, DomainAvailabilityStatus Status, decimal PriceExclVat, int PeriodMonths, bool RegistryRequiresGender);

// Error is a resource key, with ErrorArgument for its {0}.
public sealed record DomainSearchResult(string? Label, string? Error, object[] ErrorArguments, bool SupplierUnavailable, IReadOnlyList<DomainOffer> Offers)
{
    public static readonly DomainSearchResult Empty = new(null, null, [], false, []);

    public static DomainSearchResult Invalid(string error, params object[] arguments) => new(null, error, arguments, false, []);

    public static DomainSearchResult Unavailable(string label) => new(label, null, [], true, []);
}

public sealed record DomainSearchView(string? Query, DomainSearchResult Result, bool Customer);
