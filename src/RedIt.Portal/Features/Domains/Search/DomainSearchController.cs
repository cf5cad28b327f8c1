using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using RedIt.Portal.Features.Orders.Basket;
using RedIt.Portal.Infrastructure.Security;

namespace RedIt.Portal.Features.Domains.Search;

// Anyone may look a domain name up; every search asks the supplier, so it is rate limited per client.
[AllowAnonymous]
[Route("domains")]
public sealed class DomainSearchController(DomainSearch search, CustomerBasket basket) : Controller
{
    [HttpGet("")]
    [EnableRateLimiting(RateLimitSetup.DomainSearch)]
    public async Task<IActionResult> Index(string? name)
    {
        var customer = User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id
            && await basket.IsCustomerAsync(Guid.Parse(id), HttpContext.RequestAborted);
        return View(new DomainSearchView(name, await search.SearchAsync(name, HttpContext.RequestAborted), customer));
    }
}
