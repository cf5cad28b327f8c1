using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Accounts.Sessions;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Infrastructure.Web;
using RedIt.Privacy;

namespace RedIt.Portal.Features.DataRequests.Admin;

// The queue admins work within the legal deadline. Every step is written to the audit log.
[Authorize(Roles = PortalRoles.Admin)]
[Route("admin/requests")]
// Pages and files here hold someone's personal data: no browser or proxy may keep a copy.
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class RequestsAdminController(
    PortalDbContext db,
    UserManager<PortalUser> users,
    DataRequestService requests,
    PersonalDataExporter exporter,
    PersonalDataFiles files,
    ErasurePlanner planner,
    AuditLogger audit,
    IStringLocalizer<SharedResource> text) : Controller
{
    public const int PageSize = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? show, int page = 1)
    {
        var unconfirmedCutoff = DataRequestService.UnconfirmedCutoff(requests.Now);
        var query = db.Set<DataSubjectRequest>().AsNoTracking();
        query = show switch
        {
            "closed" => query.Where(r => r.Status == DataRequestStatus.Completed || r.Status == DataRequestStatus.Rejected),
            // One that can no longer be confirmed waits only for the retention sweep to delete it.
            "unconfirmed" => query.Where(r => r.Status == DataRequestStatus.AwaitingConfirmation && r.ReceivedAt >= unconfirmedCutoff),
            _ => query.Where(r => r.Status == DataRequestStatus.Open),
        };
        var ordered = show == "closed"
            ? query.OrderByDescending(r => r.CompletedAt).ThenBy(r => r.Id)
            : query.OrderBy(r => r.ExtendedUntil ?? r.DueAt).ThenBy(r => r.Id);
        var items = await ordered.ToPagedAsync(page, PageSize, HttpContext.RequestAborted);
        return View(new RequestQueueView(items, show is "closed" or "unconfirmed" ? show : "open", requests.Now));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Detail(Guid id)
    {
        var request = await db.Set<DataSubjectRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id);
        if (request is null)
        {
            return NotFound();
        }

        await audit.RecordAsync(AuditAction.DataRequestViewed, request.PersonId, request.Id);
        return View(await DetailViewAsync(request));
    }

    // Public requests arrive without an account; the admin decides which one (if any) is the sender's.
    [HttpPost("{id:guid}/link")]
    public async Task<IActionResult> Link(Guid id, Guid personId)
    {
        var request = await db.Set<DataSubjectRequest>().SingleOrDefaultAsync(r => r.Id == id);
        if (request is null)
        {
            return NotFound();
        }

        var account = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == personId);
        if (!request.IsOpen || request.PersonId is not null || account?.NormalizedEmail is null
            || !string.Equals(account.NormalizedEmail, users.NormalizeEmail(request.RequesterEmail), StringComparison.Ordinal))
        {
            return Detailed(id, "Only an open request without an account can be linked, and only to the account with the requester's e-mail address.");
        }

        request.PersonId = account.Id;
        audit.Add(AuditAction.DataRequestLinkedToAccount, account.Id, request.Id, "matched by e-mail address");
        await db.SaveChangesAsync();
        return Detailed(id, "The request is linked to the account.");
    }

    [HttpGet("{id:guid}/extend")]
    public async Task<IActionResult> Extend(Guid id)
    {
        var request = await OpenRequestAsync(id);
        return request is null ? NotFound() : View(new RequestFormView<ExtendInput>(request, new ExtendInput()));
    }

    [HttpPost("{id:guid}/extend")]
    public async Task<IActionResult> Extend(Guid id, ExtendInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var request = await OpenRequestAsync(id);
        if (request is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(new RequestFormView<ExtendInput>(request, input));
        }

        await requests.ExtendAsync(request, input.Months!.Value, input.Reason!);
        return Detailed(id, "The deadline is extended and the requester has been told why.");
    }

    [HttpPost("{id:guid}/export")]
    [RequiresRecentPassword]
    public async Task<IActionResult> Export(Guid id)
    {
        var request = await db.Set<DataSubjectRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id);
        if (request?.PersonId is not { } personId)
        {
            return NotFound();
        }

        var export = await exporter.ExportAsync(personId);
        await audit.RecordAsync(AuditAction.ExportDownloaded, personId, request.Id, "by an admin, to answer the request");
        return File(ExportPackage.Zip(export, text, request.Culture, await files.ForAsync(personId)), ExportPackage.ContentType, ExportPackage.FileName(export.GeneratedAt));
    }

    [HttpGet("{id:guid}/erasure")]
    [RequiresRecentPassword]
    public async Task<IActionResult> Erasure(Guid id)
    {
        var request = await OpenRequestAsync(id);
        if (request?.PersonId is not { } personId || !DataRequestService.CanErase(request, await users.FindByIdAsync(personId.ToString())))
        {
            return NotFound();
        }

        if (await IsStaffAsync(personId))
        {
            return Detailed(id, "This account belongs to staff. Take away its staff roles before erasing it.");
        }

        return View(await ErasureViewAsync(request, personId, new ConfirmErasureInput()));
    }

    [HttpPost("{id:guid}/erasure")]
    [RequiresRecentPassword]
    public async Task<IActionResult> Erasure(Guid id, ConfirmErasureInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var request = await db.Set<DataSubjectRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id);
        if (request?.PersonId is not { } personId || !DataRequestService.CanErase(request, await users.FindByIdAsync(personId.ToString())))
        {
            return NotFound();
        }

        if (await IsStaffAsync(personId))
        {
            return Detailed(id, "This account belongs to staff. Take away its staff roles before erasing it.");
        }

        if (!input.Confirm)
        {
            ModelState.AddModelError(nameof(input.Confirm), text["Please tick the box to confirm the erasure."]);
            return View(await ErasureViewAsync(request, personId, input));
        }

        // Planned again at this moment: the data may have changed since the admin read the plan.
        await requests.EraseAsync(id);
        return Detailed(id, "The erasure has been carried out. Complete the request to send the letter of outcome.");
    }

    [HttpGet("{id:guid}/complete")]
    public async Task<IActionResult> Complete(Guid id)
    {
        var request = await OpenRequestAsync(id);
        return request is null ? NotFound() : View(new RequestFormView<OutcomeInput>(request, new OutcomeInput()));
    }

    [HttpPost("{id:guid}/complete")]
    public async Task<IActionResult> Complete(Guid id, OutcomeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var request = await OpenRequestAsync(id);
        if (request is null)
        {
            return NotFound();
        }

        if (request.Kind == DataRequestKind.Rectification && string.IsNullOrWhiteSpace(input.Note))
        {
            ModelState.AddModelError(nameof(input.Note), text["Please describe what was corrected; the requester reads it in the letter."]);
        }

        if (request.Kind == DataRequestKind.Erasure && request.ErasedAt is null)
        {
            ModelState.AddModelError("", text["Carry out the erasure first, or reject the request with a reason."]);
        }

        if (!ModelState.IsValid)
        {
            return View(new RequestFormView<OutcomeInput>(request, input));
        }

        await requests.CompleteAsync(request, AdminId(), input.Note);
        return Detailed(id, "The request is completed and the letter of outcome has been sent.");
    }

    [HttpGet("{id:guid}/reject")]
    public async Task<IActionResult> Reject(Guid id)
    {
        var request = await OpenRequestAsync(id);
        return request is null ? NotFound() : View(new RequestFormView<OutcomeInput>(request, new OutcomeInput()));
    }

    [HttpPost("{id:guid}/reject")]
    public async Task<IActionResult> Reject(Guid id, OutcomeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var request = await OpenRequestAsync(id);
        if (request is null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(input.Note))
        {
            ModelState.AddModelError(nameof(input.Note), text["Please give the reason; the requester reads it in the letter."]);
        }

        if (request.ErasedAt is not null)
        {
            ModelState.AddModelError("", text["The erasure has been carried out already; complete the request instead."]);
        }

        if (!ModelState.IsValid)
        {
            return View(new RequestFormView<OutcomeInput>(request, input));
        }

        await requests.RejectAsync(request, AdminId(), input.Note!);
        return Detailed(id, "The request is rejected and the requester has been told why.");
    }

    private async Task<RequestDetailView> DetailViewAsync(DataSubjectRequest request)
    {
        var account = request.PersonId is { } personId ? await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == personId) : null;
        var normalized = users.NormalizeEmail(request.RequesterEmail);
        var matches = request.PersonId is null
            ? await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized).ToListAsync()
            : [];
        var history = await db.Set<AuditLogEntry>().AsNoTracking()
            .Where(e => e.RequestId == request.Id)
            .OrderBy(e => e.At).Take(200)
            .ToListAsync();
        return new RequestDetailView(request, account, matches, history, requests.Now);
    }

    private async Task<ErasureView> ErasureViewAsync(DataSubjectRequest request, Guid personId, ConfirmErasureInput input)
    {
        var plan = await planner.PlanAsync(personId, requests.Now);
        await audit.RecordAsync(AuditAction.ErasurePlanViewed, personId, request.Id,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{plan.Items.Count} rows planned"));
        return new ErasureView(request, ErasurePlanText.Lines(plan, text), input);
    }

    private Task<DataSubjectRequest?> OpenRequestAsync(Guid id) =>
        db.Set<DataSubjectRequest>().SingleOrDefaultAsync(r => r.Id == id && r.Status == DataRequestStatus.Open);

    private RedirectToActionResult Detailed(Guid id, string notice)
    {
        this.Notify(notice);
        return RedirectToAction(nameof(Detail), new { id });
    }

    // Staff accounts are not erased from the queue: their roles are taken away first, so that no
    // admin can lock out themselves or a colleague by answering a request.
    private async Task<bool> IsStaffAsync(Guid personId) =>
        await users.FindByIdAsync(personId.ToString()) is { } account
        && (await users.GetRolesAsync(account)).Any(PortalRoles.Staff.Contains);

    private Guid AdminId() => Guid.Parse(users.GetUserId(User)!);
}
