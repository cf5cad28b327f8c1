using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace RedIt.Portal.Infrastructure.Web;

public static class ModelStateExtensions
{
    // For optional parts of a form (a billing address the customer did not ask for): their
    // fields are posted but must not block the rest.
    public static void ClearPrefix(this ModelStateDictionary modelState, string prefix)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        foreach (var key in modelState.Keys.Where(k => k == prefix || k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
        {
            modelState.Remove(key);
        }
    }
}
