using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Catalog.Admin;

// Admin keeps the catalogue: what is offered and at what price is a decision for the business,
// not for the desk.
[Authorize(Roles = PortalRoles.Admin)]
[Route("admin/products")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ProductsController(ProductAdmin admin, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? kind, string? q, string? state, int page = 1) =>
        View(await admin.PageAsync(new ProductFilter(kind, q, state, page), HttpContext.RequestAborted));

    [HttpGet("new")]
    public IActionResult Create(string? kind) => View("Edit", new ProductForm(null, new ProductInput
    {
        Kind = Enum.TryParse<ProductKind>(kind, out var chosen) && Enum.IsDefined(chosen) ? chosen : null,
        PeriodMonths = 12,
    }));

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = nameof(ProductForm.Input))] ProductInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await SavedAsync(null, input))
        {
            return View("Edit", new ProductForm(null, input));
        }

        this.Notify("The product is added to the catalogue.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id) =>
        await admin.FindAsync(id, HttpContext.RequestAborted) is { } product
            ? View(new ProductForm(id, ProductInput.From(product)))
            : NotFound();

    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, [Bind(Prefix = nameof(ProductForm.Input))] ProductInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var product = await admin.FindAsync(id, HttpContext.RequestAborted);
        if (product is null)
        {
            return NotFound();
        }

        if (!await SavedAsync(product, input))
        {
            return View(new ProductForm(id, input));
        }

        this.Notify("The product is saved.");
        return RedirectToAction(nameof(Index));
    }

    // Withdrawing asks first: customers can no longer order it, though their services stay.
    [HttpGet("{id:guid}/withdraw")]
    public async Task<IActionResult> Withdraw(Guid id) =>
        await admin.FindAsync(id, HttpContext.RequestAborted) is { } product ? View(product) : NotFound();

    [HttpPost("{id:guid}/withdraw")]
    [ActionName(nameof(Withdraw))]
    public async Task<IActionResult> WithdrawConfirmed(Guid id)
    {
        if (await admin.FindAsync(id, HttpContext.RequestAborted) is not { } product)
        {
            return NotFound();
        }

        await admin.SetOfferedAsync(product, offered: false, HttpContext.RequestAborted);
        this.Notify("The product is withdrawn: it is no longer offered to customers.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:guid}/offer")]
    public async Task<IActionResult> Offer(Guid id)
    {
        if (await admin.FindAsync(id, HttpContext.RequestAborted) is not { } product)
        {
            return NotFound();
        }

        await admin.SetOfferedAsync(product, offered: true, HttpContext.RequestAborted);
        this.Notify("The product is offered again.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<bool> SavedAsync(Product? existing, ProductInput input)
    {
        admin.Check(input, ModelState);
        if (!ModelState.IsValid)
        {
            return false;
        }

        if (await admin.SaveAsync(existing, input, HttpContext.RequestAborted))
        {
            return true;
        }

        ModelState.AddModelError($"{nameof(ProductForm.Input)}.{nameof(ProductInput.Code)}", text["Another product has this code already. Choose another code."]);
        return false;
    }
}
