using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using RedIt.Portal.Features.Accounts;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Retention;

// Clauses 2.1, 2.4, 2.10 and 6: the admin sees that retention periods are enforced, can check what
// the sweep would remove today, and can run it at once.
[Authorize(Roles = PortalRoles.Admin)]
[Route("admin/retention")]
public sealed class RetentionController(RetentionRuns runs, IOptions<PrivacyOptions> privacy) : Controller
{
    private const int PageSize = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default)
    {
        return View(new RetentionIndexView(
            await runs.PageAsync(page, PageSize, cancellationToken),
            privacy.Value.RetentionSweepCron,
            privacy.Value.RetentionSweepEnabled));
    }

    // A dry run removes nothing, but it is recorded like any run, so it is a POST.
    [HttpPost("dry-run")]
    public async Task<IActionResult> DryRun(CancellationToken cancellationToken)
    {
        var run = await runs.RunAsync(dryRun: true, RetentionSweepTrigger.Admin, cancellationToken);
        return RedirectToAction(nameof(Run), new { id = run.Id });
    }

    [HttpGet("run")]
    public async Task<IActionResult> Confirm(CancellationToken cancellationToken) =>
        View(new RetentionConfirmView(await runs.PreviewAsync(cancellationToken), new RunRetentionInput()));

    [HttpPost("run")]
    public async Task<IActionResult> Confirm(RunRetentionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            return View(new RetentionConfirmView(await runs.PreviewAsync(cancellationToken), input));
        }

        var run = await runs.RunAsync(dryRun: false, RetentionSweepTrigger.Admin, cancellationToken);
        return RedirectToAction(nameof(Run), new { id = run.Id });
    }

    [HttpGet("runs/{id:guid}")]
    public async Task<IActionResult> Run(Guid id, CancellationToken cancellationToken) =>
        await runs.FindAsync(id, cancellationToken) is { } run
            ? View(new RetentionRunView(run, RetentionRuns.Lines(run)))
            : NotFound();
}
