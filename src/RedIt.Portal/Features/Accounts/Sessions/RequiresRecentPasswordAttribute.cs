using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace RedIt.Portal.Features.Accounts.Sessions;

// Step-up (ASVS 3.7.1): what changes how a person signs in or hands out someone's data needs the
// password typed in the last ten minutes, so a screen left unlocked is not enough. Put it on the
// form's GET and its POST; a POST sent too late goes to the password page and back to the form.
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequiresRecentPasswordAttribute : Attribute, IAsyncAuthorizationFilter
{
    public Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return Task.CompletedTask;
        }

        var session = http.RequestServices.GetRequiredService<CurrentSession>().Session;
        var store = http.RequestServices.GetRequiredService<SessionStore>();
        if (session is not null && store.PasswordIsRecent(session))
        {
            return Task.CompletedTask;
        }

        context.Result = new RedirectToActionResult("Index", "ConfirmPassword", new { returnUrl = ReturnUrl(http) });
        return Task.CompletedTask;
    }

    // Back to where the person was: the page itself for a GET; for a POST the page whose form sent
    // it, when that page is ours, else the address the form was posted to.
    private static string ReturnUrl(HttpContext http)
    {
        var request = http.Request;
        var here = request.PathBase + request.Path + request.QueryString;
        if (HttpMethods.IsGet(request.Method))
        {
            return here;
        }

        if (Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
            && string.Equals(referer.Host, request.Host.Host, StringComparison.OrdinalIgnoreCase))
        {
            return referer.PathAndQuery;
        }

        return here;
    }
}
