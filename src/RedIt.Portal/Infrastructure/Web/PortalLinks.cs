using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;

namespace RedIt.Portal.Infrastructure.Web;

// Links in e-mails must point at the portal, never at whatever Host header a request carried:
// outside Development the base address comes from configuration.
public sealed class PortalLinks(IConfiguration configuration, IUrlHelperFactory urlHelperFactory, IHttpContextAccessor accessor)
{
    public string Action(ActionContext context, string action, string controller, object values)
    {
        var url = urlHelperFactory.GetUrlHelper(context);
        var path = url.Action(action, controller, values) ?? throw new InvalidOperationException($"No route to {controller}.{action}.");
        return Absolute(path);
    }

    public string Absolute(string path)
    {
        var configured = configuration["Portal:BaseUrl"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.TrimEnd('/') + path;
        }

        var request = accessor.HttpContext?.Request ?? throw new InvalidOperationException("Portal:BaseUrl is not set and there is no request to take it from.");
        return $"{request.Scheme}://{request.Host}{request.PathBase}{path}";
    }
}
