using RedIt.Portal.Features.Consent;

namespace RedIt.Portal.Infrastructure.Security;

// Headers that make the browser refuse what the portal never does: framing, sniffing,
// foreign scripts. Pages carry no inline script, so the CSP needs no 'unsafe-inline'.
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; " +
        "base-uri 'self'; object-src 'none'";

    // Google's hosts are allowed only for a visitor who accepted analytics cookies (clause 3.1).
    private const string ContentSecurityPolicyWithAnalytics =
        "default-src 'self'; script-src 'self' " + AnalyticsTag.ScriptSources + "; style-src 'self'; img-src 'self' data: " + AnalyticsTag.ImageSources + "; " +
        "font-src 'self'; connect-src 'self' " + AnalyticsTag.ConnectSources + "; form-action 'self'; frame-ancestors 'none'; " +
        "base-uri 'self'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = CookieConsent.AnalyticsActive(context) ? ContentSecurityPolicyWithAnalytics : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
