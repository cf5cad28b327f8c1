using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RedIt.Portal.Features.Orders.Basket;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Orders.Checkout;

// The last look at the basket and the button that places the order. Like the basket, it is a
// customer's own: staff have none.
[Authorize]
[Route("basket/checkout")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class CheckoutController(CustomerBasket basket, OrderPlacement placement) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if (!await basket.IsCustomerAsync(Me(), HttpContext.RequestAborted))
        {
            return NotFound();
        }

        var view = await basket.ViewAsync(Me(), HttpContext.RequestAborted);
        return view.Lines.Count == 0 ? RedirectToAction(nameof(BasketController.Index), "Basket") : View(view);
    }

    [HttpPost("")]
    public async Task<IActionResult> Place()
    {
        if (!await basket.IsCustomerAsync(Me(), HttpContext.RequestAborted))
        {
            return NotFound();
        }

        var result = await placement.PlaceAsync(Me(), HttpContext.RequestAborted);
        if (result.Order is not { } order)
        {
            ModelState.AddModelError("", result.Refusal!);
            return View(nameof(Index), await basket.ViewAsync(Me(), HttpContext.RequestAborted));
        }

        this.Notify("Thank you: your order is placed. The confirmation is on its way to your e-mail address.");
        return Redirect("/profile/orders/" + order.Number);
    }

    private Guid Me() => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
