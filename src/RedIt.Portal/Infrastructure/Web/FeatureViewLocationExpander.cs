using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace RedIt.Portal.Infrastructure.Web;

// Views live with their feature: Features/<Feature>/Views/<View>.cshtml, where the feature is the
// folder (namespace) of the controller.
internal sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    private const string Key = "feature";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action)
        {
            var ns = action.ControllerTypeInfo.Namespace ?? "";
            var marker = ".Features.";
            var start = ns.IndexOf(marker, StringComparison.Ordinal);
            if (start >= 0)
            {
                var rest = ns[(start + marker.Length)..];
                var end = rest.IndexOf('.', StringComparison.Ordinal);
                context.Values[Key] = end < 0 ? rest : rest[..end];
            }
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue(Key, out var feature) && feature is not null)
        {
            yield return $"/Features/{feature}/Views/{{1}}/{{0}}.cshtml";
            yield return $"/Features/{feature}/Views/{{0}}.cshtml";
        }

        foreach (var location in viewLocations)
        {
            yield return location;
        }
    }
}
