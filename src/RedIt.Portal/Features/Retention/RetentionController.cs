using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RedIt.Portal.Features.Accounts;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Retention;

// Clauses 2.1, 2.4, 2.10 and 6: the admin sees that retention periods are enforced, can check what
// the sweep would remove today, and can run it at once.
[Authorize(Roles = PortalRoles.Admin)]
[Route("admin/retention")]
public sealed class RetentionController(RetentionRuns runs, RetentionSweep sweep, TimeProvider clock, IConfiguration configuration) : Controller
{
    private const int PageSize = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        var (items, total) = await runs.PageAsync(page, PageSize, cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        return View(new RetentionIndexView(
            items,
            page,
            pages,
            configuration["Privacy:RetentionSweepCron"] is { Length: > 0 } cron ? cron : RetentionServices.DefaultCron,
            configuration.GetValue("Privacy:RetentionSweepEnabled", defaultValue: true)));
    }

    // A dry run removes nothing, but it is recorded like any run, so it is a POST.
    [HttpPost("dry-run")]
    public async Task<IActionResult> DryRun(CancellationToken cancellationToken)
    {
        var run = await runs.RunAsync(dryRun: true, RetentionSweepTrigger.Admin, cancellationToken);
        return RedirectToAction(nameof(Run), new { id = run.Id });
    }

    [HttpGet("run")]
    public async Task<IActionResult> Confirm(CancellationToken cancellationToken)
    {
        ViewData["Preview"] = await PreviewAsync(cancellationToken);
        return View(new RunRetentionInput());
    }

    [HttpPost("run")]
    public async Task<IActionResult> Confirm(RunRetentionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            ViewData["Preview"] = await PreviewAsync(cancellationToken);
            return View(input);
        }

        var run = await runs.RunAsync(dryRun: false, RetentionSweepTrigger.Admin, cancellationToken);
        return RedirectToAction(nameof(Run), new { id = run.Id });
    }

    [HttpGet("runs/{id:guid}")]
    public async Task<IActionResult> Run(Guid id, CancellationToken cancellationToken) =>
        await runs.FindAsync(id, cancellationToken) is { } run
            ? View(new RetentionRunView(run, RetentionRuns.Lines(run)))
            : NotFound();

    // Counted without recording a run: opening the confirmation page must change nothing.
    private async Task<IReadOnlyList<RetentionSweepRunLine>> PreviewAsync(CancellationToken cancellationToken)
    {
        var report = await sweep.RunAsync(clock.GetUtcNow().UtcDateTime, dryRun: true, cancellationToken: cancellationToken);
        return report.Lines.Select(l => new RetentionSweepRunLine(l.Key, l.Category, l.Action, l.Cutoff, l.Rows, l.Failure)).ToArray();
    }
}
