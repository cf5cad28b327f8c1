using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Calls.Api;

// The phone system's two doors: who is calling, and what happened to a call. Only a phone
// system's API key opens them (the policy names that scheme alone); a signed-in person cannot.
[ApiController]
[Authorize(Policy = PhoneSystemAuthentication.PolicyName)]
[EnableRateLimiting(PhoneSystemRateLimit.Name)]
[IgnoreAntiforgeryToken]
[Route("api/phone")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PhoneApiController(CallerLookup lookup, PortalLinks links) : ControllerBase
{
    // JSON for 3CX's CRM template (its Outputs map contact.FirstName and so on), plain text of the
    // name for Asterisk's CURL() and FreeSWITCH. The number stays out of every log line: the
    // request log has the path only.
    [HttpGet("lookup")]
    public async Task<IActionResult> Lookup(string? number, string? format)
    {
        var caller = await lookup.FindAsync(number, User.PhoneSystemId(), HttpContext.RequestAborted);
        if (WantsText(format))
        {
            // No match is an empty 200: CURL() then yields "" and the dialplan keeps showing the
            // number, where an error status would put an error page's text on the phone.
            return Content(caller?.DisplayName ?? "", "text/plain; charset=utf-8");
        }

        // No match is a 404: 3CX's template then finds no contact and offers to create one.
        if (caller is null)
        {
            return NotFound(new ProblemDetails { Status = 404, Title = "No customer has this number." });
        }

        var url = links.Absolute("/staff/customers/" + caller.CustomerNumber.ToString(CultureInfo.InvariantCulture));
        return Ok(new LookupAnswer(LookupContact.From(caller, url)));
    }

    private bool WantsText(string? format) =>
        string.Equals(format, "text", StringComparison.OrdinalIgnoreCase)
        || (format is null && Request.GetTypedHeaders().Accept is { Count: > 0 } accept
            && accept.OrderByDescending(a => a.Quality ?? 1).First().MediaType.Value is "text/plain");
}
