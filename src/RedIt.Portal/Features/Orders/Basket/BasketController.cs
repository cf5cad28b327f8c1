using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Orders.Basket;

// A customer's own basket. Staff have no customer account, so for them it does not exist.
[Authorize]
[Route("basket")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class BasketController(CustomerBasket basket) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        await basket.IsCustomerAsync(Me(), HttpContext.RequestAborted)
            ? View(await basket.ViewAsync(Me(), HttpContext.RequestAborted))
            : NotFound();

    [HttpGet("add")]
    public async Task<IActionResult> Add(Guid product) =>
        await basket.IsCustomerAsync(Me(), HttpContext.RequestAborted) && await basket.OrderableAsync(product, HttpContext.RequestAborted) is { } found
            ? View(new BasketAddForm(found, new BasketInput { Product = found.Id }))
            : NotFound();

    [HttpPost("add")]
    public async Task<IActionResult> Add([Bind(Prefix = "Input")] BasketInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var me = Me();
        if (!await basket.IsCustomerAsync(me, HttpContext.RequestAborted) || await basket.OrderableAsync(input.Product, HttpContext.RequestAborted) is not { } product)
        {
            return NotFound();
        }

        var domain = await basket.CheckAsync(me, product, input, ModelState, HttpContext.RequestAborted);
        if (!ModelState.IsValid)
        {
            return View(new BasketAddForm(product, input));
        }

        await basket.AddAsync(me, product, domain, input.Quantity, cancellationToken: HttpContext.RequestAborted);
        this.Notify("The product is in your basket.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:guid}/remove")]
    public async Task<IActionResult> Remove(Guid id)
    {
        if (!await basket.IsCustomerAsync(Me(), HttpContext.RequestAborted))
        {
            return NotFound();
        }

        if (await basket.RemoveAsync(Me(), id, HttpContext.RequestAborted) > 0)
        {
            this.Notify("The product is removed from your basket.");
        }

        return RedirectToAction(nameof(Index));
    }

    private Guid Me() => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
