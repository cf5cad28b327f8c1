using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using RedIt.Portal.Infrastructure.Localization;

namespace RedIt.Portal.Features.Support;

// On the actions that take files: the server's default body limit (30 MB on Kestrel) would refuse
// a form with the allowed files before the checks could say which file is the problem. An
// authorization filter ordered first, since the antiforgery check reads the form before the action.
public sealed class AttachmentUploadLimit(IOptions<AttachmentOptions> options) : IAuthorizationFilter
{
    public const int Order = -3000;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.Value.MaxRequestBodyBytes;
        }

        // Only while nothing has read the form yet: a new feature over a read body would find it empty.
        if (context.HttpContext.Features.Get<IFormFeature>() is { Form: not null })
        {
            return;
        }

        context.HttpContext.Features.Set<IFormFeature>(new FormFeature(
            context.HttpContext.Request,
            new FormOptions { MultipartBodyLengthLimit = options.Value.MaxRequestBodyBytes }));
    }
}

// One error under the file field that names every refused file and why.
public static class AttachmentErrors
{
    public static void Add(ModelStateDictionary modelState, string field, AttachmentCheck check, AttachmentOptions limits, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(text);
        if (!check.AllAccepted)
        {
            modelState.AddModelError(field, string.Join(" ", check.Refused
                .Select(r => r.Reason == AttachmentRefusal.TooMany ? text["At most {0} files can be attached.", limits.MaxFilesPerMessage].Value : Describe(r, limits, text))
                .Distinct(StringComparer.Ordinal)));
        }
    }

    public static string Describe(RefusedAttachment refused, AttachmentOptions limits, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(refused);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(text);
        return refused.Reason switch
        {
            AttachmentRefusal.TooLarge => text["{0} is larger than {1} MB.", refused.FileName, Megabytes(limits.MaxFileBytes)],
            AttachmentRefusal.Empty => text["{0} is empty.", refused.FileName],
            AttachmentRefusal.TooMany => text["{0} is one file too many: at most {1} files can be attached.", refused.FileName, limits.MaxFilesPerMessage],
            _ => text["{0} is not a PDF, an image (PNG, JPEG, GIF, WebP) or a plain text file.", refused.FileName],
        };
    }

    public static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.CurrentCulture);
}
