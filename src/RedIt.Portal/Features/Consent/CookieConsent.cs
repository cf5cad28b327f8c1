using Microsoft.Extensions.Options;

namespace RedIt.Portal.Features.Consent;

// Clause 3.1: the visitor's own choice about analytics cookies, in a first-party cookie. The
// cookie itself is strictly necessary (it remembers a refusal too), so it needs no consent.
public static class CookieConsent
{
    public const string CookieName = "redit.cookie-consent";

    // Six months, after which the visitor is asked again, as the Dutch and EU regulators advise.
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(182);

    private const string Accepted = "analytics-accepted";
    private const string Refused = "analytics-refused";

    // Null: the visitor has not chosen yet.
    public static bool? AnalyticsChoice(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Cookies[CookieName] switch
        {
            Accepted => true,
            Refused => false,
            _ => null,
        };
    }

    public static void Remember(HttpContext context, bool analytics, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(CookieName, analytics ? Accepted : Refused, new CookieOptions
        {
            Expires = now + Lifetime,
            IsEssential = true,
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            Path = "/",
        });
        if (!analytics)
        {
            ForgetAnalyticsCookies(context);
        }
    }

    // Refusing later must also end what an earlier yes allowed: Google's own cookies (_ga, _ga_<id>)
    // are expired, both as set for this host and for its domain.
    private static void ForgetAnalyticsCookies(HttpContext context)
    {
        foreach (var name in context.Request.Cookies.Keys.Where(k => k == "_ga" || k.StartsWith("_ga_", StringComparison.Ordinal) || k == "_gid"))
        {
            context.Response.Cookies.Delete(name, new CookieOptions { Path = "/" });
            context.Response.Cookies.Delete(name, new CookieOptions { Path = "/", Domain = context.Request.Host.Host });
        }
    }

    // True only when analytics is configured and this visitor accepted it: the one case in which the
    // page carries the Google tag and the Content-Security-Policy lets it load.
    public static bool AnalyticsActive(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RequestServices.GetService<IOptions<AnalyticsOptions>>()?.Value.Enabled == true
            && AnalyticsChoice(context.Request) == true;
    }
}
