using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using RedIt.Portal.Infrastructure.Files;
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
public sealed class PhoneApiController(CallerLookup lookup, CallEvents calls, PortalLinks links) : ControllerBase
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

    // Started, answered, ended: 200 with the call's state, the same for a replayed event.
    [HttpPost("calls")]
    public async Task<IActionResult> Event([FromBody] CallEventInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Ok(await calls.ApplyAsync(User.PhoneSystemId()!.Value, input, HttpContext.RequestAborted));
    }

    // The audio of a call reported before: multipart (field "recording") or the raw body. What
    // the file is comes from its first bytes, never from its name or the type the PBX claims.
    [HttpPost("calls/{callId}/recording")]
    public async Task<IActionResult> Recording(string callId)
    {
        var max = calls.MaxRecordingBytes;
        if (Request.ContentLength > max + MultipartAllowance)
        {
            return TooLarge(max);
        }

        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = max + MultipartAllowance;
        }

        var call = await calls.FindAsync(User.PhoneSystemId()!.Value, callId, HttpContext.RequestAborted);
        if (call is null)
        {
            return NotFound(new ProblemDetails { Status = 404, Title = "This phone system reported no call with this id." });
        }

        byte[]? content;
        try
        {
            content = await ReadUploadAsync(max + 1);
        }
        catch (BadHttpRequestException)
        {
            return TooLarge(max);
        }
        catch (InvalidDataException)
        {
            return TooLarge(max);
        }

        if (content is null || content.Length == 0)
        {
            return ValidationProblem(Problem("recording", "Send the audio as the form field \"recording\" or as the request body."));
        }

        if (content.Length > max)
        {
            return TooLarge(max);
        }

        if (ContentSniffer.SniffAudio(content) is not { } type)
        {
            return Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "A recording is WAV, MP3 or Ogg audio.");
        }

        await calls.AddRecordingAsync(call, type, content, HttpContext.RequestAborted);
        return Ok(CallEvents.Answer(call));
    }

    // Multipart boundaries and headers around the file.
    private const long MultipartAllowance = 64 * 1024;

    private async Task<byte[]?> ReadUploadAsync(long limit)
    {
        if (Request.HasFormContentType)
        {
            var form = await Request.ReadFormAsync(HttpContext.RequestAborted);
            if (form.Files.GetFile("recording") is not { } file)
            {
                return null;
            }

            if (file.Length >= limit)
            {
                return new byte[limit];
            }

            await using var stream = file.OpenReadStream();
            return await ReadAsync(stream, limit);
        }

        return await ReadAsync(Request.Body, limit);
    }

    // At most limit bytes: one more than allowed is enough to know it is too big.
    private async Task<byte[]> ReadAsync(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, HttpContext.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length >= limit)
            {
                break;
            }
        }

        return buffer.ToArray();
    }

    private ObjectResult TooLarge(long max) =>
        Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"A recording is at most {max} bytes.");

    private static ModelStateDictionary Problem(string field, string message)
    {
        var errors = new ModelStateDictionary();
        errors.AddModelError(field, message);
        return errors;
    }

    private bool WantsText(string? format) =>
        string.Equals(format, "text", StringComparison.OrdinalIgnoreCase)
        || (format is null && Request.GetTypedHeaders().Accept is { Count: > 0 } accept
            && accept.OrderByDescending(a => a.Quality ?? 1).First().MediaType.Value is "text/plain");
}
