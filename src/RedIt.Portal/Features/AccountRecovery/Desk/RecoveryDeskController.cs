using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Localization;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.AccountRecovery.Desk;

// Support reviews recovery cases (2.1). This is the only way staff give anyone access to an
// account: there is no other place where Support changes a customer's e-mail address.
[Authorize(Roles = PortalRoles.Support + "," + PortalRoles.Admin)]
[Route("desk/recovery")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class RecoveryDeskController(RecoveryDesk desk, RecoveryWatermark watermark, PortalLinks links, TimeProvider clock, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1) =>
        View(await desk.QueueAsync(q, page, HttpContext.RequestAborted));

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id)
    {
        var view = await desk.ViewAsync(id, Me(), HttpContext.RequestAborted);
        return view is null ? NotFound() : View(view);
    }

    [HttpPost("{id:guid}/take")]
    public async Task<IActionResult> Take(Guid id)
    {
        if (await desk.ViewAsync(id, Me(), HttpContext.RequestAborted) is null)
        {
            return NotFound();
        }

        var taken = await desk.TakeAsync(id, Me(), HttpContext.RequestAborted);
        return Shown(id, taken ? "The case is yours now: only you see its documents." : "This case is someone else's, or closed.");
    }

    // Inline, so the reviewer reads it in the browser; never kept by it or any proxy.
    [HttpGet("{id:guid}/documents/{documentId:guid}")]
    public async Task<IActionResult> Document(Guid id, Guid documentId)
    {
        var file = await desk.DocumentAsync(id, documentId, Me(), HttpContext.RequestAborted);
        if (file is null)
        {
            return NotFound();
        }

        var marked = watermark.Apply(file);
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "no-store, private";
        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(marked.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        return new FileContentResult(marked.Content, marked.ContentType);
    }

    // First the check and a page that asks to confirm; the confirmation posts the same fields.
    [HttpPost("{id:guid}/approve")]
    public async Task<IActionResult> Approve(Guid id, [Bind(Prefix = nameof(RecoveryCaseView.Approve))] ApproveInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var view = await ReviewerViewAsync(id);
        if (view is null)
        {
            return NotFound();
        }

        return CheckApproval(view, input) ? View("ConfirmApprove", view with { Approve = input }) : View(nameof(Show), view with { Approve = input });
    }

    [HttpPost("{id:guid}/approve/confirm")]
    public async Task<IActionResult> ConfirmApprove(Guid id, [Bind(Prefix = nameof(RecoveryCaseView.Approve))] ApproveInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var view = await ReviewerViewAsync(id);
        if (view is null)
        {
            return NotFound();
        }

        // Checked again: the confirmation page may be old, or the form made up.
        if (!CheckApproval(view, input))
        {
            return View(nameof(Show), view with { Approve = input });
        }

        var decision = await desk.ApproveAsync(id, Me(), Reviewer(), input.ResetTwoFactor,
            links.Action(ControllerContext, "Login", "SignIn", new { }), HttpContext.RequestAborted);
        return decision switch
        {
            RecoveryDecision.NotFound => NotFound(),
            RecoveryDecision.EmailTaken => Shown(id, "The new address belongs to another account: reject the request, or ask the customer for another address."),
            RecoveryDecision.Closed => Shown(id, "This case is closed already."),
            _ => Shown(id, "Access is restored and the documents are deleted."),
        };
    }

    [HttpPost("{id:guid}/reject")]
    public async Task<IActionResult> Reject(Guid id, [Bind(Prefix = nameof(RecoveryCaseView.Reject))] RejectInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var view = await ReviewerViewAsync(id);
        if (view is null)
        {
            return NotFound();
        }

        return CheckRejection(view, input) ? View("ConfirmReject", view with { Reject = input }) : View(nameof(Show), view with { Reject = input });
    }

    [HttpPost("{id:guid}/reject/confirm")]
    public async Task<IActionResult> ConfirmReject(Guid id, [Bind(Prefix = nameof(RecoveryCaseView.Reject))] RejectInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var view = await ReviewerViewAsync(id);
        if (view is null)
        {
            return NotFound();
        }

        if (!CheckRejection(view, input))
        {
            return View(nameof(Show), view with { Reject = input });
        }

        var decision = await desk.RejectAsync(id, Me(), Reviewer(), input.Reason!.Trim(), HttpContext.RequestAborted);
        return decision switch
        {
            RecoveryDecision.NotFound => NotFound(),
            RecoveryDecision.Closed => Shown(id, "This case is closed already."),
            _ => Shown(id, "The request is rejected and the documents are deleted."),
        };
    }

    // Only the reviewer decides; for anyone else the case's decisions do not exist.
    private async Task<RecoveryCaseView?> ReviewerViewAsync(Guid id)
    {
        var view = await desk.ViewAsync(id, Me(), HttpContext.RequestAborted);
        return view is { IsReviewer: true } ? view : null;
    }

    private bool CheckApproval(RecoveryCaseView view, ApproveInput input)
    {
        const string field = nameof(RecoveryCaseView.Approve) + "." + nameof(ApproveInput.ExtractDated);
        if (!view.IsOpen)
        {
            ModelState.AddModelError("", text["This case is closed already."]);
            return false;
        }

        if (view.IsBusiness)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            if (input.ExtractDated is not { } dated)
            {
                ModelState.AddModelError(field, text["Please enter the date of the KvK extract."]);
            }
            else if (dated > today)
            {
                ModelState.AddModelError(field, text["The extract cannot be dated in the future."]);
            }
            else if (dated < today.AddMonths(-3))
            {
                ModelState.AddModelError(field, text["The extract is older than 3 months: ask for a new one, or reject the request."]);
            }
        }

        return ModelState.IsValid;
    }

    private bool CheckRejection(RecoveryCaseView view, RejectInput input)
    {
        if (!view.IsOpen)
        {
            ModelState.AddModelError("", text["This case is closed already."]);
            return false;
        }

        if (string.IsNullOrWhiteSpace(input.Reason) && ModelState.IsValid)
        {
            ModelState.AddModelError(nameof(RecoveryCaseView.Reject) + "." + nameof(RejectInput.Reason), text["Please give the reason: it is sent to the requester."]);
        }

        return ModelState.IsValid;
    }

    private RedirectToActionResult Shown(Guid id, string notice)
    {
        this.Notify(notice);
        return RedirectToAction(nameof(Show), new { id });
    }

    private string Reviewer() => User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? Me().ToString();

    private Guid Me() => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
