using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace RedIt.Portal.Features.Services.Usage;

// The hosting platform's door: it reports a service's traffic or storage, and the customer is
// mailed once per threshold per month when a limit comes near (2.8). Only the platform key opens
// it (the policy names that scheme alone), so a signed-in browser cannot, and without cookies
// there is no cross-site request to forge: antiforgery has nothing to guard here.
[ApiController]
[Authorize(Policy = PlatformKeyAuthentication.PolicyName)]
[IgnoreAntiforgeryToken]
[Route("api/platform")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class UsageApiController(UsageReports reports, TimeProvider clock) : ControllerBase
{
    [HttpPost("usage")]
    public async Task<IActionResult> Report([FromBody] UsageReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.MeasuredAt is { } measured && measured > clock.GetUtcNow() + UsageReports.AllowedClockSkew)
        {
            ModelState.AddModelError("measuredAt", "measuredAt is in the future.");
            return ValidationProblem(ModelState);
        }

        return await reports.ApplyAsync(input, HttpContext.RequestAborted) is { } answer
            ? Ok(answer)
            : NotFound(new ProblemDetails { Status = 404, Title = "No service has this serviceId." });
    }
}
