using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Localization;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Support.Desk;

// Where staff answer customers. Which tickets each role sees is DeskScope's to say.
[Authorize(Roles = PortalRoles.Support + "," + PortalRoles.Sales + "," + PortalRoles.Finance + "," + PortalRoles.Admin)]
[Route("desk")]
// Pages here hold customers' messages: no browser or proxy may keep a copy.
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class DeskController(TicketDesk desk, TicketAttachments attachments, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? status, string? topic, string? assignee, string? sort, string? q, int page = 1) =>
        View(await desk.QueueAsync(new QueueFilter(status, topic, assignee, sort, q, page), Me(), HttpContext.RequestAborted));

    // ?canned=<id> puts that standard reply in the reply box (the way to it without a script);
    // ?view=text shows HTML mails as their plain text.
    [HttpGet("tickets/{number:int}")]
    public async Task<IActionResult> Show(int number, Guid? canned, string? view)
    {
        var page = await desk.ViewAsync(number, Me(), canned: canned, plainText: MessageBodyView.WantsText(view), cancellationToken: HttpContext.RequestAborted);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("tickets/{number:int}/take")]
    public async Task<IActionResult> Take(int number)
    {
        var ticket = await desk.FindAsync(number, HttpContext.RequestAborted);
        if (ticket is null)
        {
            return NotFound();
        }

        await desk.AssignAsync(ticket, Me(), HttpContext.RequestAborted);
        return Shown(number, "The ticket is yours now.");
    }

    // An empty choice hands the ticket back to the queue.
    [HttpPost("tickets/{number:int}/assign")]
    public async Task<IActionResult> Assign(int number, string? userId)
    {
        var ticket = await desk.FindAsync(number, HttpContext.RequestAborted);
        if (ticket is null)
        {
            return NotFound();
        }

        Guid? assignee = Guid.TryParse(userId, out var id) ? id : null;
        if (!string.IsNullOrWhiteSpace(userId) && assignee is null)
        {
            return Shown(number, "Choose a colleague who works on this topic.");
        }

        return await desk.AssignAsync(ticket, assignee, HttpContext.RequestAborted)
            ? Shown(number, assignee is null ? "The ticket is back in the queue, unassigned." : "The ticket is handed over.")
            : Shown(number, "Choose a colleague who works on this topic.");
    }

    [HttpPost("tickets/{number:int}/status")]
    public async Task<IActionResult> Status(int number, string? status)
    {
        var ticket = await desk.FindAsync(number, HttpContext.RequestAborted);
        if (ticket is null)
        {
            return NotFound();
        }

        if (!Enum.TryParse<TicketStatus>(status, ignoreCase: true, out var chosen) || !Enum.IsDefined(chosen))
        {
            return Shown(number, "Choose a status.");
        }

        await desk.SetStatusAsync(ticket, chosen, HttpContext.RequestAborted);
        return Shown(number, "The status is changed.");
    }

    [HttpPost("tickets/{number:int}/priority")]
    public async Task<IActionResult> Priority(int number, string? priority)
    {
        var ticket = await desk.FindAsync(number, HttpContext.RequestAborted);
        if (ticket is null)
        {
            return NotFound();
        }

        if (!Enum.TryParse<TicketPriority>(priority, ignoreCase: true, out var chosen) || !Enum.IsDefined(chosen))
        {
            return Shown(number, "Choose a priority.");
        }

        await desk.SetPriorityAsync(ticket, chosen, HttpContext.RequestAborted);
        return Shown(number, "The priority is changed.");
    }

    [HttpPost("tickets/{number:int}/reply")]
    [ServiceFilter(typeof(AttachmentUploadLimit), Order = AttachmentUploadLimit.Order)]
    public async Task<IActionResult> Reply(int number, [Bind(Prefix = nameof(TicketView.Reply))] ReplyInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ticket = await desk.FindAsync(number, HttpContext.RequestAborted);
        if (ticket is null)
        {
            return NotFound();
        }

        var files = await CheckAsync(input.Attachments, nameof(TicketView.Reply));
        if (!ModelState.IsValid || string.IsNullOrWhiteSpace(input.Body))
        {
            return View(nameof(Show), await desk.ViewAsync(number, Me(), reply: input, cancellationToken: HttpContext.RequestAborted));
        }

        await desk.ReplyAsync(ticket, input.Body.Trim(), Me(), files, HttpContext.RequestAborted);
        return Shown(number, "Your reply is on its way to the customer.");
    }

    [HttpPost("tickets/{number:int}/note")]
    [ServiceFilter(typeof(AttachmentUploadLimit), Order = AttachmentUploadLimit.Order)]
    public async Task<IActionResult> Note(int number, [Bind(Prefix = nameof(TicketView.Note))] NoteInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ticket = await desk.FindAsync(number, HttpContext.RequestAborted);
        if (ticket is null)
        {
            return NotFound();
        }

        var files = await CheckAsync(input.Attachments, nameof(TicketView.Note));
        if (!ModelState.IsValid || string.IsNullOrWhiteSpace(input.Body))
        {
            return View(nameof(Show), await desk.ViewAsync(number, Me(), note: input, cancellationToken: HttpContext.RequestAborted));
        }

        await desk.NoteAsync(ticket, input.Body.Trim(), Me(), files, HttpContext.RequestAborted);
        return Shown(number, "The note is added. The customer does not see it.");
    }

    [HttpGet("tickets/{number:int}/attachments/{id:guid}")]
    public async Task<IActionResult> Attachment(int number, Guid id)
    {
        var download = await desk.DownloadAsync(number, id, HttpContext.RequestAborted);
        return download is null ? NotFound() : AttachmentResponse.File(Response, download);
    }

    [HttpGet("tickets/{number:int}/merge")]
    public async Task<IActionResult> Merge(int number)
    {
        var ticket = await desk.FindAsync(number, HttpContext.RequestAborted);
        return ticket is null ? NotFound() : View(new MergeView(ticket, new MergeInput()));
    }

    // Finds the other ticket and asks to confirm; nothing changes yet.
    [HttpPost("tickets/{number:int}/merge")]
    public async Task<IActionResult> Merge(int number, [Bind(Prefix = nameof(MergeView.Input))] MergeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ticket = await desk.FindAsync(number, HttpContext.RequestAborted);
        if (ticket is null)
        {
            return NotFound();
        }

        var target = await MergeTargetAsync(ticket, input);
        return target is null
            ? View(new MergeView(ticket, input))
            : View(new MergeView(ticket, input, target, await desk.MessageCountAsync(ticket, HttpContext.RequestAborted)));
    }

    [HttpPost("tickets/{number:int}/merge/confirm")]
    public async Task<IActionResult> ConfirmMerge(int number, [Bind(Prefix = nameof(MergeView.Input))] MergeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ticket = await desk.FindAsync(number, HttpContext.RequestAborted);
        if (ticket is null)
        {
            return NotFound();
        }

        // Checked again: the confirmation page may be old, or the form made up.
        var target = await MergeTargetAsync(ticket, input);
        if (target is null)
        {
            return View(nameof(Merge), new MergeView(ticket, input));
        }

        await desk.MergeAsync(ticket, target, Me(), text["Ticket #{0} was merged into this one.", ticket.Number], HttpContext.RequestAborted);
        this.Notify("The tickets are merged.");
        return RedirectToAction(nameof(Show), new { number = target.Number });
    }

    private async Task<Ticket?> MergeTargetAsync(Ticket ticket, MergeInput input)
    {
        if (!ModelState.IsValid)
        {
            return null;
        }

        var (target, refusal) = await desk.MergeTargetAsync(ticket, input, HttpContext.RequestAborted);
        if (target is null)
        {
            ModelState.AddModelError($"{nameof(MergeView.Input)}.{nameof(MergeInput.Into)}", refusal switch
            {
                MergeRefusal.Same => text["This is the ticket itself. Enter the number of another ticket."],
                MergeRefusal.Unknown => text["There is no ticket with this number on your desk."],
                MergeRefusal.OtherPerson => text["That ticket is from someone else. Only tickets of the same person can be merged."],
                _ => text["Enter the number of the ticket to merge into."],
            });
        }

        return target;
    }

    private async Task<IReadOnlyList<CheckedAttachment>> CheckAsync(List<IFormFile> files, string form)
    {
        var check = attachments.Check(await attachments.ReadAsync(files, HttpContext.RequestAborted));
        AttachmentErrors.Add(ModelState, $"{form}.{nameof(ReplyInput.Attachments)}", check, attachments.Limits, text);
        return check.Accepted;
    }

    private RedirectToActionResult Shown(int number, string notice)
    {
        this.Notify(notice);
        return RedirectToAction(nameof(Show), new { number });
    }

    private Guid Me() => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
