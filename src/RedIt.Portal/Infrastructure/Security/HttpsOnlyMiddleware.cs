using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace RedIt.Portal.Infrastructure.Security;

// Outside Development every cookie is Secure-only, so a form served over plain HTTP could never be
// posted back: antiforgery would fail with a 500. A plain-HTTP page request is sent to the same
// page at Portal:BaseUrl (never to the Host header it came with); anything else, or any request
// when no HTTPS address is configured, gets a page that says why, and nothing it carried is used.
internal sealed class HttpsOnlyMiddleware(RequestDelegate next, IOptions<SecurityOptions> security, IConfiguration configuration)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        // Health probes come over plain HTTP from inside the network, and so does Let's Encrypt's
        // http-01 check (it sets no cookie and reads no form); the page that explains is itself
        // rendered by a re-execution of this pipeline.
        if (request.IsHttps
            || request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/.well-known/acme-challenge", StringComparison.OrdinalIgnoreCase)
            || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            return next(context);
        }

        var address = HttpsAddress(request);
        if (security.Value.RedirectToHttps && address is not null && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            context.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
            context.Response.Headers.Location = address;
            return Task.CompletedTask;
        }

        if (security.Value.AllowInsecureCookies)
        {
            return next(context);
        }

        context.Features.Set(new HttpsRequired(address, address ?? $"https://{request.Host}{request.PathBase}{request.Path}{request.QueryString}"));
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return Task.CompletedTask;
    }

    private string? HttpsAddress(HttpRequest request) =>
        Uri.TryCreate(configuration["Portal:BaseUrl"], UriKind.Absolute, out var baseUrl) && baseUrl.Scheme == Uri.UriSchemeHttps
            ? baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + request.Path + request.QueryString
            : null;
}

// Link is the configured HTTPS address of the page; Guess is what the person can type when none is configured.
public sealed record HttpsRequired(string? Link, string Guess);
