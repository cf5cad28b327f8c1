using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using RedIt.Portal.Features.Orders.Basket;
using RedIt.Portal.Infrastructure.Security;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Domains.Search;

// A free domain from the search into a customer's basket. Staff have no basket: for them there is
// nothing to add to.
[Authorize]
[Route("domains/add")]
public sealed class DomainBasketController(DomainBasket domains, CustomerBasket basket) : Controller
{
    [HttpPost("")]
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
