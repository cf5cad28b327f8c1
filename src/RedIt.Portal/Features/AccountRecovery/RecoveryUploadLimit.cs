using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace RedIt.Portal.Features.AccountRecovery;

// As AttachmentUploadLimit does for the support forms: the server's default body limit would
// refuse a form with the allowed documents before the checks could name the file at fault.
public sealed class RecoveryUploadLimit(IOptions<RecoveryOptions> options) : IAuthorizationFilter
{
    public const int Order = -3000;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.Value.MaxRequestBodyBytes;
        }

        if (context.HttpContext.Features.Get<IFormFeature>() is { Form: not null })
        {
            return;
        }

        context.HttpContext.Features.Set<IFormFeature>(new FormFeature(
            context.HttpContext.Request,
            new FormOptions { MultipartBodyLengthLimit = options.Value.MaxRequestBodyBytes }));
    }
}
