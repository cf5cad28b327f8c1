using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace RedIt.Portal.Features.Mailboxes.Reports;

// On the upload: room for a message somewhat over the limit, so the form can say it is too large
// instead of the server cutting the request off. An authorization filter ordered first, since the
// antiforgery check reads the form before the action.
public sealed class SpamReportUploadLimit(IOptions<SpamFilterOptions> options) : IAuthorizationFilter
{
    public const int Order = -3000;

    public long MaxRequestBodyBytes => (options.Value.MaxMessageBytes * 2) + (1024 * 1024);

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxRequestBodyBytes;
        }

        // Only while nothing has read the form yet: a new feature over a read body would find it empty.
        if (context.HttpContext.Features.Get<IFormFeature>() is { Form: not null })
        {
            return;
        }

        context.HttpContext.Features.Set<IFormFeature>(new FormFeature(
            context.HttpContext.Request,
            new FormOptions { MultipartBodyLengthLimit = MaxRequestBodyBytes }));
    }
}
