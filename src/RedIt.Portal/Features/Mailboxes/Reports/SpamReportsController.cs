using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Infrastructure.Localization;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Mailboxes.Reports;

// "Report spam / not spam" for one of the customer's mailboxes (2.6): the customer hands in the
// message as it arrived, and it goes on to the filter provider's training mailbox. A service that
// is not the customer's own mailbox answers 404, the same as one that does not exist.
[Authorize(Roles = PortalRoles.Customer)]
[Route("profile/services/{id:guid}/spam-reports")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class SpamReportsController(SpamReportDesk desk, IOptions<SpamFilterOptions> options, IStringLocalizer<SharedResource> text) : Controller
{
    private const string MessageField = nameof(SpamReportInput.Message);

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, int page = 1) =>
        await desk.PageAsync(Me(), id, page, new SpamReportInput(), HttpContext.RequestAborted) is { } view ? View(view) : NotFound();

    [HttpPost("")]
    [ServiceFilter(typeof(SpamReportUploadLimit), Order = SpamReportUploadLimit.Order)]
    public async Task<IActionResult> Create(Guid id, SpamReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var mailbox = await desk.MailboxAsync(Me(), id, HttpContext.RequestAborted);
        if (mailbox is null)
        {
            return NotFound();
        }

        var message = await ReadAsync(input.Message);
        if (!ModelState.IsValid || message is null)
        {
            return View(nameof(Index), await desk.PageAsync(Me(), id, 1, input, HttpContext.RequestAborted));
        }

        await desk.AddAsync(mailbox, input.Verdict!.Value, message, HttpContext.RequestAborted);
        this.Notify("Your report was received. You can follow it in the list below.");
        return RedirectToAction(nameof(Index), new { id });
    }

    // The file's content, or null with an error under the file field.
    private async Task<byte[]?> ReadAsync(IFormFile? file)
    {
        var limit = options.Value.MaxMessageBytes;
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError(MessageField, text["Please choose the message (.eml file) to report."]);
            return null;
        }

        if (file.Length > limit)
        {
            ModelState.AddModelError(MessageField, text["The message is larger than {0} MB.", AttachmentErrors.Megabytes(limit)]);
            return null;
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, HttpContext.RequestAborted);
        var content = buffer.ToArray();
        if (!EmlCheck.IsMessageWithHeaders(content))
        {
            ModelState.AddModelError(MessageField, text["This is not an e-mail message (.eml) with its headers."]);
            return null;
        }

        return content;
    }

    private Guid Me() => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
