using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RedIt.Portal.Features.Accounts;

namespace RedIt.Portal.Features.Customers.Staff;

// Every staff role looks customers up: Support for questions, Sales for quotations, Finance for
// invoices. What they open is in the audit log (CustomerDirectory).
[Authorize(Roles = PortalRoles.Support + "," + PortalRoles.Sales + "," + PortalRoles.Finance + "," + PortalRoles.Admin)]
[Route("staff/customers")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class StaffCustomersController(CustomerDirectory directory) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1) =>
        View(new CustomerSearchView(q, await directory.SearchAsync(q, page, HttpContext.RequestAborted)));

    [HttpGet("{number:int}")]
    public async Task<IActionResult> Show(int number)
    {
        var view = await directory.DetailsAsync(number, HttpContext.RequestAborted);
        return view is null ? NotFound() : View(view);
    }
}
