using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Localization;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Support.MyTickets;

// The customer's side of their tickets (2.1). A ticket of someone else answers 404, the same as a
// number that does not exist, so numbers cannot be probed.
[Authorize(Roles = PortalRoles.Customer)]
[Route("profile/tickets")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MyTicketsController(
    PortalDbContext db,
    UserManager<PortalUser> users,
    TicketAttachments attachments,
    IStringLocalizer<SharedResource> text,
    TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1)
    {
        var personId = UserId();
        var tickets = await db.Set<Ticket>().AsNoTracking()
            .Where(t => t.PersonId == personId)
            .OrderByDescending(t => t.LastMessageAt).ThenBy(t => t.Id)
            .ToPagedAsync(t => new MyTicketRow(t.Number, t.Subject, t.Status, t.LastMessageAt), page, cancellationToken: HttpContext.RequestAborted);
        return View(tickets);
    }

    [HttpGet("{number:int}")]
    public async Task<IActionResult> Show(int number, string? view) =>
        await PageAsync(number, new ReplyInput()) is { } page ? View(page with { PlainText = MessageBodyView.WantsText(view) }) : NotFound();

    [HttpPost("{number:int}/reply")]
    [ServiceFilter(typeof(AttachmentUploadLimit), Order = AttachmentUploadLimit.Order)]
    public async Task<IActionResult> Reply(int number, [Bind(Prefix = nameof(MyTicketPage.Reply))] ReplyInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ticket = await OwnTicketAsync(number);
        if (ticket is null)
        {
            return NotFound();
        }

        var files = attachments.Check(await attachments.ReadAsync(input.Attachments, HttpContext.RequestAborted));
        AttachmentErrors.Add(ModelState, $"{nameof(MyTicketPage.Reply)}.{nameof(ReplyInput.Attachments)}", files, attachments.Limits, text);
        if (!ModelState.IsValid)
        {
            return View(nameof(Show), await PageAsync(number, input));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var user = await users.GetUserAsync(User);
        var message = new TicketMessage
        {
            Id = Guid.NewGuid(),
            TicketId = ticket.Id,
            AuthorUserId = ticket.PersonId,
            Kind = TicketMessageKind.FromCustomer,
            FromAddress = user?.Email ?? ticket.Email,
            Body = input.Message!.Trim(),
            SentAt = now,
        };
        attachments.AddTo(message, files.Accepted);
        db.Add(message);
        ticket.CustomerWrote(now);
        await db.SaveChangesAsync();
        this.Notify("Your reply was added to the ticket.");
        return RedirectToAction(nameof(Show), new { number });
    }

    // Only a file of the customer's own ticket, and never one on an internal note.
    [HttpGet("{number:int}/attachments/{id:guid}")]
    public async Task<IActionResult> Attachment(int number, Guid id)
    {
        var personId = UserId();
        var download = await attachments.DownloadAsync(db.Set<Ticket>().Where(t => t.PersonId == personId), number, id, withNotes: false, HttpContext.RequestAborted);
        return download is null ? NotFound() : AttachmentResponse.File(Response, download);
    }

    [HttpGet("{number:int}/close")]
    public async Task<IActionResult> Close(int number) =>
        await PageAsync(number, new ReplyInput()) is { } page ? View(page) : NotFound();

    [HttpPost("{number:int}/close")]
    [ActionName(nameof(Close))]
    public async Task<IActionResult> CloseConfirmed(int number)
    {
        var ticket = await OwnTicketAsync(number);
        if (ticket is null)
        {
            return NotFound();
        }

        if (ticket.Status != TicketStatus.Closed)
        {
            ticket.Status = TicketStatus.Closed;
            ticket.ClosedAt = clock.GetUtcNow().UtcDateTime;
            ticket.WaitingSince = null;
            await db.SaveChangesAsync();
        }

        this.Notify("The ticket is closed.");
        return RedirectToAction(nameof(Show), new { number });
    }

    private Task<Ticket?> OwnTicketAsync(int number)
    {
        var personId = UserId();
        return db.Set<Ticket>().SingleOrDefaultAsync(t => t.Number == number && t.PersonId == personId, HttpContext.RequestAborted);
    }

    private async Task<MyTicketPage?> PageAsync(int number, ReplyInput reply)
    {
        var personId = UserId();
        var ticket = await db.Set<Ticket>().AsNoTracking()
            .Where(t => t.Number == number && t.PersonId == personId)
            .Select(t => new { t.Id, t.Number, t.Subject, t.Status, t.OpenedAt })
            .SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (ticket is null)
        {
            return null;
        }

        var messages = await db.Set<TicketMessage>().AsNoTracking()
            .Where(m => m.TicketId == ticket.Id && m.Kind != TicketMessageKind.InternalNote)
            .OrderBy(m => m.SentAt).ThenBy(m => m.Id)
            .Select(m => new MyTicketMessage(m.Id, m.Kind, m.Body, m.SentAt, m.Html))
            .ToListAsync(HttpContext.RequestAborted);
        var files = await attachments.LinksAsync(ticket.Id, withNotes: false, HttpContext.RequestAborted);
        messages = messages.Select(m => m with { Attachments = files[m.Id].ToList() }).ToList();
        return new MyTicketPage(ticket.Number, ticket.Subject, ticket.Status, ticket.OpenedAt, messages, reply);
    }

    private Guid UserId() => Guid.Parse(users.GetUserId(User)!);
}
