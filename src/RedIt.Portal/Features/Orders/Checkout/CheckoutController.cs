using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Features.Orders.Basket;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Orders.Checkout;

// The last look at the basket and the button that places the order, with the registrant of its
// domain names when it holds any. Like the basket, it is a customer's own: staff have none.
[Authorize]
[Route("basket/checkout")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class CheckoutController(CustomerBasket basket, DomainRegistrants registrants, OrderPlacement placement, IStringLocalizer<SharedResource> text) : Controller
{
    private const string RegistrantPrefix = nameof(CheckoutView.Registrant);

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if (!await basket.IsCustomerAsync(Me(), HttpContext.RequestAborted))
        {
            return NotFound();
        }

        var need = await registrants.NeedAsync(Me(), HttpContext.RequestAborted);
        var registrant = need.Asks ? await registrants.SuggestAsync(Me(), HttpContext.RequestAborted) : null;
        var view = await ViewOfAsync(registrant, need);
        return view.Basket.Lines.Count == 0 ? RedirectToAction(nameof(BasketController.Index), "Basket") : View(view);
    }

    [HttpPost("")]
    public async Task<IActionResult> Place()
    {
        if (!await basket.IsCustomerAsync(Me(), HttpContext.RequestAborted))
        {
            return NotFound();
        }

        var need = await registrants.NeedAsync(Me(), HttpContext.RequestAborted);
        RegistrantInput? registrant = null;
        if (need.Asks)
        {
            registrant = new RegistrantInput();
            await TryUpdateModelAsync(registrant, RegistrantPrefix);
            if (!need.AsksPhone)
            {
                registrant.PhoneNumber = null;
            }
            else if (string.IsNullOrWhiteSpace(registrant.PhoneNumber))
            {
                ModelState.AddModelError($"{RegistrantPrefix}.{nameof(RegistrantInput.PhoneNumber)}", text["Please enter the registrant's phone number."]);
            }

            if (need.AsksGender && registrant.Gender is null)
            {
                ModelState.AddModelError($"{RegistrantPrefix}.{nameof(RegistrantInput.Gender)}", text["The registry of one of your domain names asks for the registrant's gender. Please choose one."]);
            }

            if (!ModelState.IsValid)
            {
                return View(nameof(Index), await ViewOfAsync(registrant, need));
            }
        }

        var result = await placement.PlaceAsync(Me(), registrant, need.AsksGender, HttpContext.RequestAborted);
        if (result.Order is not { } order)
        {
            ModelState.AddModelError("", result.Refusal!);
            return View(nameof(Index), await ViewOfAsync(registrant, need));
        }

        this.Notify("Thank you: your order is placed. The confirmation is on its way to your e-mail address.");
        return Redirect("/profile/orders/" + order.Number);
    }

    private async Task<CheckoutView> ViewOfAsync(RegistrantInput? registrant, RegistrantNeed need) =>
        new(await basket.ViewAsync(Me(), HttpContext.RequestAborted), registrant, need);

    private Guid Me() => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
