using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Domains.Supplier;
using RedIt.Portal.Features.Services;

namespace RedIt.Portal.Features.Domains.NameServers;

// A customer points an active domain at other name servers. Done at once with the supplier, not as
// a provisioning step: it sends no personal data, and the customer wants to know now whether the
// registry took it. Nothing is stored unless the supplier accepted the change.
public sealed partial class NameServerChange(PortalDbContext db, IDomainSupplier supplier, IStringLocalizer<SharedResource> text)
{
    public const int Fewest = 2;
    public const int Most = 6;

    public async Task<NameServerForm?> FormAsync(Guid customerId, Guid serviceId, CancellationToken cancellationToken = default) =>
        await DomainAsync(customerId, serviceId, cancellationToken) is { } service
            ? new NameServerForm(service.Id, service.Name, service.NameServers, new NameServerInput { NameServers = service.NameServers?.Replace(' ', '\n') })
            : null;

    // True when changed; false with the reasons in errors when not (the form shows them, as typed).
    public async Task<bool> ChangeAsync(Guid customerId, Guid serviceId, NameServerInput input, ModelStateDictionary errors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        var service = await db.Set<Service>().SingleAsync(s => s.Id == serviceId && s.CustomerId == customerId, cancellationToken);
        var servers = Parse(input.NameServers, errors);
        if (servers is null)
        {
            return false;
        }

        var dot = service.Name.IndexOf('.', StringComparison.Ordinal);
        try
        {
            await supplier.ChangeNameServersAsync(service.SupplierReference!, service.Name[..dot], service.Name[(dot + 1)..], servers, cancellationToken);
        }
        catch (DomainSupplierUnavailableException)
        {
            errors.AddModelError("", text["The domain supplier cannot be reached right now. Nothing was changed; try again in a few minutes."]);
            return false;
        }
        catch (DomainSupplierRefusedException)
        {
            errors.AddModelError(Field, text["The registry refused these name servers. Check that each exists and answers for the domain."]);
            return false;
        }

        service.NameServers = servers.Count == 0 ? null : string.Join(' ', servers);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private const string Field = "Input." + nameof(NameServerInput.NameServers);

    private List<string>? Parse(string? typed, ModelStateDictionary errors)
    {
        var servers = (typed ?? "").Split([' ', '\n', '\r', '\t', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Trim().TrimEnd('.').ToLowerInvariant())
            .ToList();
        if (servers.FirstOrDefault(s => s.Length > 253 || !HostName().IsMatch(s)) is { } wrong)
        {
            errors.AddModelError(Field, text["{0} is not a host name. Give names such as ns1.example.nl.", wrong]);
            return null;
        }

        if (servers.Count != servers.Distinct(StringComparer.Ordinal).Count())
        {
            errors.AddModelError(Field, text["Each name server can be given once."]);
            return null;
        }

        if (servers.Count is > 0 and < Fewest or > Most)
        {
            errors.AddModelError(Field, text["Give between {0} and {1} name servers, or none for RED-IT's own.", Fewest, Most]);
            return null;
        }

        return servers;
    }

    private Task<Service?> DomainAsync(Guid customerId, Guid serviceId, CancellationToken cancellationToken) =>
        db.Set<Service>().AsNoTracking().SingleOrDefaultAsync(
            s => s.Id == serviceId && s.CustomerId == customerId && s.Kind == ProductKind.DomainExtension
                && s.Status == ServiceStatus.Active && s.SupplierReference != null,
            cancellationToken);

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex HostName();
}
