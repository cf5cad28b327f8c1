using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using RedIt.Portal.Features.Orders.Basket;
using RedIt.Portal.Infrastructure.Security;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Domains.Search;

// Anyone may look a domain name up; every search asks the supplier, so it is rate limited per
// client. Adding one to the basket is for a signed-in customer.
[Authorize]
[Route("domains")]
public sealed class DomainSearchController(DomainSearch search, DomainBasket domains, CustomerBasket basket) : Controller
{
    [HttpGet("")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitSetup.DomainSearch)]
    public async Task<IActionResult> Index(string? name)
    {
        var customer = User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id
            && await basket.IsCustomerAsync(Guid.Parse(id), HttpContext.RequestAborted);
        return View(new DomainSearchView(name, await search.SearchAsync(name, HttpContext.RequestAborted), customer));
    }

    // Staff have no basket: for them, as for a stranger's request, there is nothing to add to.
    [HttpPost("add")]
    [EnableRateLimiting(RateLimitSetup.DomainSearch)]
    public async Task<IActionResult> Add(string? domain)
    {
        var me = Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        if (!await basket.IsCustomerAsync(me, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        if (await domains.AddAsync(me, domain, HttpContext.RequestAborted) is { } refusal)
        {
            this.Notify(refusal);
            return Redirect("/domains?name=" + Uri.EscapeDataString(domain ?? ""));
        }

        this.Notify("The domain is in your basket.");
        return Redirect("/basket");
    }
}
