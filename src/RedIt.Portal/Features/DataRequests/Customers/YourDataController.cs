using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Profile;
using RedIt.Portal.Infrastructure.Security;
using RedIt.Portal.Infrastructure.Web;
using RedIt.Privacy;

namespace RedIt.Portal.Features.DataRequests.Customers;

// Clause 6 from the customer's side: a copy of their data, a correction, or erasure.
[Authorize]
[Route("profile/data")]
// Pages and files here hold someone's personal data: no browser or proxy may keep a copy.
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class YourDataController(
    PortalDbContext db,
    UserManager<PortalUser> users,
    PasswordCheck passwords,
    DataRequestService requests,
    PersonalDataExporter exporter,
    PersonalDataFiles files,
    ErasurePlanner planner,
    AuditLogger audit,
    IStringLocalizer<SharedResource> text) : Controller
{
    public static readonly TimeSpan DownloadLifetime = TimeSpan.FromMinutes(15);

    [HttpGet("export")]
    public IActionResult Export() => View(new PasswordInput());

    [HttpPost("export")]
    [EnableRateLimiting(RateLimitSetup.Credentials)]
    public async Task<IActionResult> Export(PasswordInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await CurrentUserAsync();
        if (ModelState.IsValid)
        {
            await CheckPasswordAsync(user, input.CurrentPassword!);
        }

        if (!ModelState.IsValid)
        {
            return View(new PasswordInput());
        }

        var token = SecretTokens.New();
        var now = requests.Now;
        var download = new ExportDownload
        {
            Id = Guid.NewGuid(),
            PersonId = user.Id,
            TokenHash = SecretTokens.Hash(token),
            CreatedAt = now,
            ExpiresAt = now + DownloadLifetime,
        };
        db.Set<ExportDownload>().Add(download);
        await db.SaveChangesAsync();
        return View("ExportReady", new ExportReadyView(token, download.ExpiresAt));
    }

    // A POST with the page's antiforgery token: the ticket is used once, by its owner, and no
    // link in a browser history or a proxy log can fetch the data again.
    [HttpPost("export/download")]
    public async Task<IActionResult> Download(string? token)
    {
        var userId = UserId();
        var hash = SecretTokens.Hash(token ?? "");
        var download = await db.Set<ExportDownload>().AsNoTracking().SingleOrDefaultAsync(d => d.TokenHash == hash);
        if (download is null || download.PersonId != userId)
        {
            return NotFound();
        }

        var now = requests.Now;
        var claimed = download.UsedAt is null && download.ExpiresAt > now
            && await db.Set<ExportDownload>()
                .Where(d => d.Id == download.Id && d.UsedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(d => d.UsedAt, now)) == 1;
        if (!claimed)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
            return View("ExportExpired");
        }

        var export = await exporter.ExportAsync(userId);
        await audit.RecordAsync(AuditAction.ExportDownloaded, userId, details: "by the person themself");
        var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "nl" ? "nl" : "en";
        return File(ExportPackage.Zip(export, text, culture, await files.ForAsync(userId)), ExportPackage.ContentType, ExportPackage.FileName(now));
    }

    [HttpGet("correction")]
    public IActionResult Correction() => View(new CorrectionInput());

    [HttpPost("correction")]
    public async Task<IActionResult> Correction(CorrectionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var user = await CurrentUserAsync();
        var request = requests.New(DataRequestKind.Rectification, user.Id, user.FullName, user.Email!, user.PreferredCulture, input.Message, DataRequestStatus.Open);
        audit.Add(AuditAction.DataRequestReceived, user.Id, request.Id, "rectification, from the profile page");
        await db.SaveChangesAsync();
        this.Notify("We received your request for a correction. We will answer within one month.");
        return Redirect("/profile");
    }

    [HttpGet("delete")]
    public async Task<IActionResult> Delete() => View(await DeleteViewAsync(new PasswordInput()));

    [HttpPost("delete")]
    [EnableRateLimiting(RateLimitSetup.Credentials)]
    public async Task<IActionResult> Delete(PasswordInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await CurrentUserAsync();
        if (ModelState.IsValid)
        {
            await CheckPasswordAsync(user, input.CurrentPassword!);
        }

        if (!ModelState.IsValid)
        {
            return View(await DeleteViewAsync(new PasswordInput()));
        }

        var pending = await db.Set<DataSubjectRequest>().AnyAsync(r =>
            r.PersonId == user.Id && r.Kind == DataRequestKind.Erasure && r.Status == DataRequestStatus.Open);
        if (!pending)
        {
            var request = requests.New(DataRequestKind.Erasure, user.Id, user.FullName, user.Email!, user.PreferredCulture, null, DataRequestStatus.Open);
            audit.Add(AuditAction.DataRequestReceived, user.Id, request.Id, "erasure, from the profile page");
            await db.SaveChangesAsync();
        }

        this.Notify("We received your request to delete your account. We check it and let you know the outcome by e-mail within one month.");
        return Redirect("/profile");
    }

    // Counted like a failed sign-in: a session left open must not be a way to guess the password.
    private async Task CheckPasswordAsync(PortalUser user, string password)
    {
        var check = await passwords.CheckAsync(ControllerContext, user, password);
        if (check != PasswordCheckResult.Correct)
        {
            ModelState.AddModelError(nameof(PasswordInput.CurrentPassword), check == PasswordCheckResult.LockedOut
                ? text["Too many wrong passwords: your account is locked for {0} minutes.", LockoutRules.DurationMinutes]
                : text["Your password is not correct."]);
        }
    }

    private async Task<DeleteAccountView> DeleteViewAsync(PasswordInput input)
    {
        var plan = await planner.PlanAsync(UserId(), requests.Now);
        return new DeleteAccountView(ErasurePlanText.Lines(plan, text), input);
    }

    private Guid UserId() => Guid.Parse(users.GetUserId(User)!);

    private async Task<PortalUser> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user no longer exists.");
}
