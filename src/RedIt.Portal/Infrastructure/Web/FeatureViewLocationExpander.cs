using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace RedIt.Portal.Infrastructure.Web;

// Views live with their feature: Features/<Feature>/Views/<Controller>/<View>.cshtml, where the
// feature is the folder (namespace) of the controller. A feature split by who uses it keeps each
// part's views in its own folder (Features/DataRequests/Admin/Views/RequestsAdmin/...); a partial
// that the parts share sits in a Views folder further up (Features/DataRequests/Views/_X.cshtml).
internal sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    private const string Key = "feature";
    private const string Marker = ".Features.";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action)
        {
            var ns = action.ControllerTypeInfo.Namespace ?? "";
            var start = ns.IndexOf(Marker, StringComparison.Ordinal);
            if (start >= 0)
            {
                context.Values[Key] = ns[(start + Marker.Length)..].Replace('.', '/');
            }
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue(Key, out var feature) && feature is not null)
        {
            yield return $"/Features/{feature}/Views/{{1}}/{{0}}.cshtml";
            yield return $"/Features/{feature}/Views/{{0}}.cshtml";
            for (var end = feature.LastIndexOf('/'); end > 0; end = feature.LastIndexOf('/', end - 1))
            {
                yield return $"/Features/{feature[..end]}/Views/{{0}}.cshtml";
            }
        }

        foreach (var location in viewLocations)
        {
            yield return location;
        }
    }
}
