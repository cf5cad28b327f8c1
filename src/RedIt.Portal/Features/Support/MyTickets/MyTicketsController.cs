using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Support.MyTickets;

// The customer's side of their tickets (2.1). A ticket of someone else answers 404, the same as a
// number that does not exist, so numbers cannot be probed.
[Authorize(Roles = PortalRoles.Customer)]
[Route("profile/tickets")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MyTicketsController(PortalDbContext db, UserManager<PortalUser> users, TimeProvider clock) : Controller
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
    public async Task<IActionResult> Reply(int number, [Bind(Prefix = nameof(MyTicketPage.Reply))] ReplyInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ticket = await OwnTicketAsync(number);
        if (ticket is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Show), await PageAsync(number, input));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var user = await users.GetUserAsync(User);
        db.Add(new TicketMessage
        {
            Id = Guid.NewGuid(),
            TicketId = ticket.Id,
            AuthorUserId = ticket.PersonId,
            Kind = TicketMessageKind.FromCustomer,
            FromAddress = user?.Email ?? ticket.Email,
            Body = input.Message!.Trim(),
            SentAt = now,
        });
        ticket.CustomerWrote(now);
        await db.SaveChangesAsync();
        this.Notify("Your reply was added to the ticket.");
        return RedirectToAction(nameof(Show), new { number });
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
            .Select(t => new { t.Number, t.Subject, t.Status, t.OpenedAt })
            .SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (ticket is null)
        {
            return null;
        }

        var messages = await db.Set<TicketMessage>().AsNoTracking()
            .Where(m => m.Ticket.Number == number && m.Kind != TicketMessageKind.InternalNote)
            .OrderBy(m => m.SentAt).ThenBy(m => m.Id)
            .Select(m => new MyTicketMessage(m.Kind, m.Body, m.SentAt, m.Html))
            .ToListAsync(HttpContext.RequestAborted);
        return new MyTicketPage(ticket.Number, ticket.Subject, ticket.Status, ticket.OpenedAt, messages, reply);
    }

    private Guid UserId() => Guid.Parse(users.GetUserId(User)!);
}
