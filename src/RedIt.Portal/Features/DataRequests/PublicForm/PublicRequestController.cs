using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Infrastructure.Security;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.DataRequests.PublicForm;

// For someone who cannot sign in: the request counts once the sender shows, by pressing the
// button behind the mailed link, that the address is theirs.
[AllowAnonymous]
[Route("privacy/request")]
public sealed class PublicRequestController(
    PortalDbContext db,
    DataRequestService requests,
    DataRequestMails mails,
    AuditLogger audit,
    PortalLinks links) : Controller
{
    [HttpGet("")]
    public IActionResult Create() => View(new PublicRequestInput());

    [HttpPost("")]
    [EnableRateLimiting(RateLimitSetup.Credentials)]
    public async Task<IActionResult> Create(PublicRequestInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "nl";
        var request = requests.New(input.Kind!.Value, null, input.Name!.Trim(), input.Email!.Trim(), culture, input.Message, DataRequestStatus.AwaitingConfirmation);
        var code = SecretTokens.New();
        request.ConfirmationHash = SecretTokens.Hash(code);
        audit.Add(AuditAction.DataRequestReceived, null, request.Id, "from the public form, awaiting confirmation");
        await db.SaveChangesAsync();
        await mails.SendConfirmationLinkAsync(request, links.Action(ControllerContext, nameof(Confirm), "PublicRequest", new { id = request.Id, code }));
        return RedirectToAction(nameof(Sent));
    }

    [HttpGet("sent")]
    public IActionResult Sent() => View();

    // Opening the link changes nothing: mail scanners follow links too.
    [HttpGet("confirm")]
    public IActionResult Confirm(Guid id, string? code) => View(new ConfirmRequestView(id, code));

    [HttpPost("confirm")]
    [EnableRateLimiting(RateLimitSetup.Credentials)]
    public async Task<IActionResult> Confirm(Guid id, string? code, bool confirm)
    {
        var request = await db.Set<DataSubjectRequest>().SingleOrDefaultAsync(r => r.Id == id);
        var now = requests.Now;
        if (!confirm || request is null || !SecretTokens.Matches(code, request.ConfirmationHash))
        {
            return View("ConfirmFailed");
        }

        if (request.Status == DataRequestStatus.AwaitingConfirmation)
        {
            if (request.ReceivedAt < now - DataRequestService.ConfirmationWindow)
            {
                return View("ConfirmFailed");
            }

            request.Status = DataRequestStatus.Open;
            request.ConfirmedAt = now;
            audit.Add(AuditAction.DataRequestConfirmed, request.PersonId, request.Id, "address confirmed through the mailed link");
            await db.SaveChangesAsync();
        }

        return View("Confirmed", request);
    }
}
