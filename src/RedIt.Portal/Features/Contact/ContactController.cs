using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Infrastructure.Localization;
using RedIt.Portal.Infrastructure.Security;

namespace RedIt.Portal.Features.Contact;

// Anyone may write to customer service (1.2). What is kept: the address, the name if given, the
// message and the sender's IP address; nothing about the browser.
[AllowAnonymous]
[Route("contact")]
public sealed class ContactController(
    PortalDbContext db,
    TicketInbox inbox,
    ContactMails mails,
    ContactLimits limits,
    TicketAttachments attachments,
    IStringLocalizer<SharedResource> text,
    UserManager<PortalUser> users) : Controller
{
    private const string SentTicketKey = "ContactTicket";

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await SignedInUserAsync();
        return View(new ContactInput { Email = user?.Email, Name = user?.FullName });
    }

    [HttpPost("")]
    [EnableRateLimiting(RateLimitSetup.Contact)]
    [ServiceFilter(typeof(AttachmentUploadLimit), Order = AttachmentUploadLimit.Order)]
    public async Task<IActionResult> Index(ContactInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        // A bot that filled in the hidden field learns nothing from the answer.
        if (!string.IsNullOrEmpty(input.Website))
        {
            return RedirectToAction(nameof(Sent));
        }

        var user = await SignedInUserAsync();
        if (user is not null)
        {
            // Replies to a customer's ticket go to the account's address, whatever the form says.
            input.Email = user.Email;
            ModelState.Remove(nameof(ContactInput.Email));
        }

        var files = attachments.Check(await attachments.ReadAsync(input.Attachments, HttpContext.RequestAborted));
        AttachmentErrors.Add(ModelState, nameof(ContactInput.Attachments), files, attachments.Limits, text);
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var email = input.Email!.Trim();
        if (!limits.TryAcquire(email))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        var name = string.IsNullOrWhiteSpace(input.Name) ? user?.FullName : input.Name.Trim();
        var culture = user?.PreferredCulture ?? (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "nl");
        var request = new NewTicket(user?.Id, email, name, input.Topic!.Value, input.Subject!.Trim(), input.Message!.Trim(), mails.NewMessageId(), culture);
        var ticket = await inbox.OpenAsync(request, opened =>
        {
            attachments.AddTo(opened.Messages[0], files.Accepted);
            db.Add(new ContactMessage
            {
                Id = Guid.NewGuid(),
                PersonId = user?.Id,
                Email = email,
                Name = name,
                Topic = opened.Topic,
                Subject = opened.Subject,
                Message = request.Body,
                TicketId = opened.Id,
                SenderIp = SenderIp(),
                ReceivedAt = opened.OpenedAt,
            });
            mails.AddConfirmation(opened, request.MessageId, culture);
        }, HttpContext.RequestAborted);
        mails.Wake();
        TempData[SentTicketKey] = ticket.Number;
        return RedirectToAction(nameof(Sent));
    }

    // The number comes from this browser's own TempData, never from the address bar.
    [HttpGet("sent")]
    public IActionResult Sent() => View(new ContactSentView(TempData[SentTicketKey] as int?));

    // After the forwarded headers, so behind the proxy this is the client, not the proxy.
    private string SenderIp()
    {
        var address = HttpContext.Connection.RemoteIpAddress;
        if (address is { IsIPv4MappedToIPv6: true })
        {
            address = address.MapToIPv4();
        }

        return address?.ToString() ?? "";
    }

    private async Task<PortalUser?> SignedInUserAsync() =>
        User.Identity?.IsAuthenticated == true ? await users.GetUserAsync(User) : null;
}
