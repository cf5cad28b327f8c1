using System.Globalization;

namespace RedIt.Portal.Infrastructure.Web;

public static class PageLinks
{
    // The address of another page of the list on this request's page: the same path and the same
    // other query parameters (a filter, a tab), only `page` changed.
    public static string To(HttpRequest request, int page)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query
            .Where(p => !string.Equals(p.Key, "page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(value => new KeyValuePair<string, string?>(p.Key, value)))
            .Append(new KeyValuePair<string, string?>("page", page.ToString(CultureInfo.InvariantCulture)));
        return request.PathBase.Add(request.Path).Add(QueryString.Create(query));
    }
}
