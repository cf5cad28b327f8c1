using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;

namespace RedIt.Portal.Features.Catalog.Shop;

// The price list, for anyone: what RED-IT offers and what it costs, before signing up.
[AllowAnonymous]
[Route("products")]
public sealed class CatalogController(PortalDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var products = await db.Set<Product>().AsNoTracking()
            .Where(p => p.Active)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Code)
            .ToListAsync(HttpContext.RequestAborted);
        var me = User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id && Guid.TryParse(id, out var guid) ? guid : (Guid?)null;
        var customer = me is { } person && await db.Customers.AnyAsync(c => c.Id == person, HttpContext.RequestAborted);
        var groups = products.GroupBy(p => p.Kind).OrderBy(g => g.Key).Select(g => new CatalogGroup(g.Key, g.ToList())).ToList();
        return View(new CatalogView(groups, customer));
    }
}

public sealed record CatalogGroup(ProductKind Kind, IReadOnlyList<Product> Products);

// Customer: whether the reader can put products in a basket (a signed-in customer, not staff).
public sealed record CatalogView(IReadOnlyList<CatalogGroup> Groups, bool Customer);
