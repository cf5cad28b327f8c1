using Microsoft.AspNetCore.Mvc;
using RedIt.Portal.Features.Accounts;

namespace RedIt.Portal.Features.Holds;

// The holds on one record and the form to place or lift one, for any page that shows a record:
//
//     <vc:legal-hold-panel entity="CallRecording" row-key="@recording.Id.ToString()" return-url="@Context.Request.Path" />
//
// `entity` is the record's catalog key (PrivacyCatalog.KeyOf: the entity's class name), `row-key`
// its primary key as invariant text (a Guid in any form), `return-url` a local address the forms
// come back to, `title` an optional heading for a page that shows more than one panel. For anyone
// but Support and Admin, and for a kind no hold can be placed on, it renders nothing, so a page can
// include it for every reader.
public sealed class LegalHoldPanelViewComponent(LegalHoldDesk desk) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string entity, string rowKey, string returnUrl, string? title = null)
    {
        if (!UserClaimsPrincipal.IsInRole(PortalRoles.Support) && !UserClaimsPrincipal.IsInRole(PortalRoles.Admin))
        {
            return Content("");
        }

        var record = await desk.FindRecordAsync(entity, rowKey, HttpContext.RequestAborted);
        if (record is null)
        {
            return Content("");
        }

        var holds = await desk.HoldsOnAsync(record.Entry.Key, record.RowKey, HttpContext.RequestAborted);
        var back = Url.IsLocalUrl(returnUrl) ? returnUrl : "/staff/holds";
        return View("~/Features/Holds/Views/Shared/LegalHoldPanel.cshtml",
            new LegalHoldPanelView(record.Entry.Key, record.RowKey, true, holds, back, desk.Now, title));
    }
}
