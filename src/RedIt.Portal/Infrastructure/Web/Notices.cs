using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace RedIt.Portal.Infrastructure.Web;

// The one way to say what just happened on the page a redirect leads to: `this.Notify("…")`
// before the redirect, and the layout's _Notice partial shows it once, role="status", in the
// reader's language. It carries a resource key in TempData, never text from the address, so no
// link can put words of its own on a portal page.
public static class Notices
{
    public const string TempDataKey = "Notice";

    public static void Notify(this Controller controller, string resourceKey)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentException.ThrowIfNullOrWhiteSpace(resourceKey);
        controller.TempData[TempDataKey] = resourceKey;
    }

    // Reading marks it as shown: the next page no longer has it.
    public static string? Take(ITempDataDictionary tempData)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        return tempData[TempDataKey] as string;
    }
}
