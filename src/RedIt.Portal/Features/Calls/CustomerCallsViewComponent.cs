using Microsoft.AspNetCore.Mvc;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Calls.Desk;

namespace RedIt.Portal.Features.Calls;

// The last calls on the desk's customer page, for the roles that may see calls.
public sealed class CustomerCallsViewComponent(CallLog log) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid personId, int customerNumber)
    {
        if (!User.IsInRole(PortalRoles.Support) && !User.IsInRole(PortalRoles.Admin))
        {
            return Content("");
        }

        var calls = await log.RecentAsync(personId, HttpContext.RequestAborted);
        return View("~/Features/Calls/Desk/Views/DeskCalls/_CustomerCalls.cshtml", new CustomerCallsView(customerNumber, calls));
    }
}

public sealed record CustomerCallsView(int CustomerNumber, IReadOnlyList<CallRow> Calls);
