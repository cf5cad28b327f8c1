using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace RedIt.Portal.Features.Consent;

// Renders the Google Analytics tag in the page head, and nothing at all before consent.
public sealed class AnalyticsTagViewComponent(IOptions<AnalyticsOptions> options) : ViewComponent
{
    public IViewComponentResult Invoke() =>
        CookieConsent.AnalyticsActive(HttpContext)
            ? View("~/Features/Consent/Views/Shared/AnalyticsTag.cshtml", options.Value.GoogleMeasurementId.Trim())
            : Content("");
}
