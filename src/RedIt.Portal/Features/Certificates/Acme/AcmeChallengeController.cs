using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;

namespace RedIt.Portal.Features.Certificates.Acme;

// The http-01 challenge (RFC 8555 section 8.3): Let's Encrypt asks the customer's domain, over
// plain HTTP, for the key authorization of a token. The platform the domain points at forwards
// /.well-known/acme-challenge/ to the portal, and any instance answers from the database. The answer
// is a random token and a key's thumbprint, so it is open to anyone.
[AllowAnonymous]
[Route(".well-known/acme-challenge")]
public sealed class AcmeChallengeController(PortalDbContext db) : Controller
{
    [HttpGet("{token}")]
    public async Task<IActionResult> Answer(string token)
    {
        // A bare 404: the portal's error page carries a form, whose antiforgery cookie cannot be set
        // over plain HTTP, and the ACME server reads no page anyway.
        if (HttpContext.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }

        // Tokens are base64url (section 8.1); anything else is not worth a query.
        if (token.Length is 0 or > 200 || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return NotFound();
        }

        var keyAuthorization = await db.Set<PendingAcmeOrder>().AsNoTracking()
            .Where(o => o.ChallengeToken == token).Select(o => o.KeyAuthorization).FirstOrDefaultAsync(HttpContext.RequestAborted);
        return keyAuthorization is null ? NotFound() : Content(keyAuthorization, "text/plain");
    }
}
