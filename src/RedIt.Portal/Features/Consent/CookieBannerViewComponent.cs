using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace RedIt.Portal.Features.Consent;

// Clause 3.1: asks every visitor once, on whatever page they arrive, until they choose. Without a
// measurement id there are no analytics cookies to ask about, so there is no banner either.
public sealed class CookieBannerViewComponent(IOptions<AnalyticsOptions> options) : ViewComponent
{
    public IViewComponentResult Invoke() =>
        options.Value.Enabled
        && CookieConsent.AnalyticsChoice(Request) is null
        && !Request.Path.StartsWithSegments("/privacy/cookies", StringComparison.OrdinalIgnoreCase)
            ? View("~/Features/Consent/Views/Shared/CookieBanner.cshtml")
            : Content("");
}
