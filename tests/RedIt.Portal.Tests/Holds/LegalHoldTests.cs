using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Calls;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Privacy;
using RedIt.Privacy;
using ConsentStaff = RedIt.Portal.Tests.Consent.Staff;

namespace RedIt.Portal.Tests.Holds;

// A recording kept "to support us in the event of any disputes": a hold keeps it past its
// retention period and through the caller's erasure, and once lifted the sweep takes it as usual.
[Collection(PortalCollectionDefinition.Name)]
public sealed class LegalHoldTests(PortalFactory portal)
{
    private static readonly DateTime Now = DateTime.UtcNow;

    [Fact]
    [Trait("Policy", "1.2")]
    [Trait("Policy", "2.1")]
    public async Task A_held_recording_survives_the_sweep_and_the_erasure_and_goes_once_the_hold_is_lifted()
    {
        var seed = new PersonSeed(portal);
        await seed.CustomerAsync();
        var (call, recording) = await seed.CallAsync(Now.AddDays(-100), Now.AddDays(-100));
        var (support, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Support);

        var form = await support.GetAsync($"/staff/holds/record?entity=CallRecording&key={recording}");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Contains("No hold has been placed on this record.", form.Text, StringComparison.Ordinal);
        var placed = await support.SubmitAndFollowAsync(form, Fields(("Input.Reason", $"Dispute about order {seed.Tag}")));
        Assert.Equal(HttpStatusCode.OK, placed.Status);
        Assert.Contains("The legal hold is placed", placed.Text, StringComparison.Ordinal);
        var hold = await portal.WithDbAsync(db => db.Set<LegalHold>().AsNoTracking().SingleAsync(h => h.RowKey == recording.ToString()));
        Assert.Equal(("CallRecording", seed.PersonId, (DateTime?)null), (hold.Entity, hold.PersonId, hold.Until));
        Assert.Equal(1, await AuditCountAsync(AuditAction.LegalHoldPlaced, hold));

        await SweepAsync();
        Assert.True(await ExistsAsync<CallRecording>(recording), "The sweep removed a held recording.");

        var export = await InScopeAsync(s => s.GetRequiredService<PersonalDataExporter>().ExportAsync(seed.PersonId));
        var named = Assert.Single(export.Holds);
        Assert.Equal(("CallRecording", recording.ToString(), $"Dispute about order {seed.Tag}"), (named.Entity, named.RowKey, named.Reason));
        Assert.Contains($"Dispute about order {seed.Tag}", export.ToHtml("RED-IT"), StringComparison.Ordinal);

        var plan = await InScopeAsync(s => s.GetRequiredService<ErasurePlanner>().PlanAsync(seed.PersonId, DateTime.UtcNow));
        var item = plan.Items.Single(i => i.Key == "CallRecording" && i.RowKey == $"Id={recording}");
        Assert.Equal((ErasureAction.KeepUntil, ErasureReasons.UnderLegalHold), (item.Action, item.Reason));
        Assert.Equal(hold.Reason, item.Hold?.Reason);
        await InScopeAsync(s => s.GetRequiredService<ErasureExecutor>().ExecuteAsync(plan));
        Assert.False(await portal.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == seed.Email)), "The customer was not erased.");
        Assert.True(await ExistsAsync<CallRecording>(recording), "The erasure removed a held recording.");
        Assert.True(await ExistsAsync<CallRecord>(call), "The erasure removed the call a held recording belongs to.");

        var lift = await support.GetAsync($"/staff/holds/{hold.Id}/lift");
        Assert.Equal(HttpStatusCode.OK, lift.Status);
        var lifted = await support.SubmitAndFollowAsync(lift, Fields());
        Assert.Contains("The legal hold is lifted", lifted.Text, StringComparison.Ordinal);
        Assert.NotNull(await portal.WithDbAsync(db => db.Set<LegalHold>().Where(h => h.Id == hold.Id).Select(h => h.LiftedAt).SingleAsync()));
        Assert.Equal(1, await AuditCountAsync(AuditAction.LegalHoldLifted, hold));

        await SweepAsync();
        Assert.False(await ExistsAsync<CallRecording>(recording), "A recording past its retention stayed after its hold was lifted.");
    }

    [Fact]
    [Trait("Policy", "2.1")]
    public async Task A_hold_with_an_end_date_keeps_the_record_until_then_and_the_sweep_marks_it_ended()
    {
        var seed = new PersonSeed(portal);
        await seed.CustomerAsync();
        var (_, ended) = await seed.CallAsync(Now.AddDays(-100), Now.AddDays(-100));
        var (_, running) = await seed.CallAsync(Now.AddDays(-100), Now.AddDays(-100));
        var endedHold = await HoldAsync("CallRecording", ended, seed.PersonId, until: Now.AddHours(-1));
        await HoldAsync("CallRecording", running, seed.PersonId, until: Now.AddDays(3));

        await SweepAsync();

        Assert.False(await ExistsAsync<CallRecording>(ended), "A hold past its end date still kept its record.");
        Assert.True(await ExistsAsync<CallRecording>(running), "A hold before its end date did not keep its record.");
        var liftedAt = await portal.WithDbAsync(db => db.Set<LegalHold>().Where(h => h.Id == endedHold.Id).Select(h => h.LiftedAt).SingleAsync());
        Assert.Equal(endedHold.Until!.Value, liftedAt!.Value, TimeSpan.FromSeconds(1));
    }

    [Fact]
    [Trait("Policy", "2.1")]
    public async Task An_erasure_planned_before_a_hold_was_placed_is_refused_and_changes_nothing()
    {
        var seed = new PersonSeed(portal);
        await seed.CustomerAsync();
        var (_, recording) = await seed.CallAsync(Now.AddDays(-10), Now.AddDays(-10));
        var plan = await InScopeAsync(s => s.GetRequiredService<ErasurePlanner>().PlanAsync(seed.PersonId, DateTime.UtcNow));
        await HoldAsync("CallRecording", recording, seed.PersonId, until: null);

        await Assert.ThrowsAsync<LegalHoldConflictException>(() => InScopeAsync(s => s.GetRequiredService<ErasureExecutor>().ExecuteAsync(plan)));

        Assert.True(await ExistsAsync<CallRecording>(recording));
        Assert.True(await portal.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == seed.Email)), "A refused plan erased the customer all the same.");
    }

    [Fact]
    [Trait("Policy", "2.1")]
    public async Task Placing_a_hold_without_a_reason_or_with_a_past_end_shows_the_errors_and_keeps_what_was_typed()
    {
        var seed = new PersonSeed(portal);
        await seed.CustomerAsync();
        var (_, recording) = await seed.CallAsync(Now, Now);
        var (admin, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Admin);
        var form = await admin.GetAsync($"/staff/holds/record?entity=CallRecording&key={recording}");

        using var empty = await admin.SubmitAsync(form, Fields(("Input.Reason", ""), ("Input.Until", "")));
        var emptyPage = await Browserless.Page.FromAsync(empty);
        Assert.Equal(HttpStatusCode.OK, emptyPage.Status);
        Assert.Contains("Please say why", emptyPage.FieldError("Input.Reason"), StringComparison.Ordinal);

        var yesterday = DateOnly.FromDateTime(Now).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var past = await admin.SubmitAsync(form, Fields(("Input.Reason", "Complaint 77"), ("Input.Until", yesterday)));
        var pastPage = await Browserless.Page.FromAsync(past);
        Assert.Equal(HttpStatusCode.OK, pastPage.Status);
        Assert.Contains("a date after today", pastPage.FieldError("Input.Until"), StringComparison.Ordinal);
        Assert.Equal("Complaint 77", pastPage.Value("Input.Reason"));

        Assert.False(await portal.WithDbAsync(db => db.Set<LegalHold>().AnyAsync(h => h.RowKey == recording.ToString())));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/staff/holds/record?entity=CallRecording&key={Guid.NewGuid()}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/staff/holds/record?entity=NoSuchThing&key={recording}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/staff/holds/record?entity=LegalHold&key={recording}")).Status);
    }

    [Fact]
    [Trait("Policy", "2.1")]
    public async Task The_list_finds_holds_by_reason_and_state()
    {
        var seed = new PersonSeed(portal);
        await seed.CustomerAsync();
        var (_, first) = await seed.CallAsync(Now, Now);
        var (_, second) = await seed.CallAsync(Now, Now);
        var active = await HoldAsync("CallRecording", first, seed.PersonId, until: null, reason: $"Active dispute {seed.Tag}");
        var over = await HoldAsync("CallRecording", second, seed.PersonId, until: null, reason: $"Settled dispute {seed.Tag}", liftedAt: Now);
        var (support, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Support);

        var all = await support.GetAsync($"/staff/holds?q={seed.Tag}");
        var activeOnly = await support.GetAsync($"/staff/holds?q={seed.Tag}&state=active");
        var liftedOnly = await support.GetAsync($"/staff/holds?q={seed.Tag}&state=lifted");

        Assert.Equal(new[] { active.Id.ToString(), over.Id.ToString() }.Order(StringComparer.Ordinal), Ids(all).Order(StringComparer.Ordinal));
        Assert.Equal([active.Id.ToString()], Ids(activeOnly));
        Assert.Equal([over.Id.ToString()], Ids(liftedOnly));
    }

    private static string[] Ids(Browserless.Page page) =>
        page.Document.QuerySelectorAll("tr[data-hold]").Select(r => r.GetAttribute("data-hold")!).ToArray();

    private static Dictionary<string, string> Fields(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);

    private Task<LegalHold> HoldAsync(string entity, Guid row, Guid personId, DateTime? until, string reason = "Dispute", DateTime? liftedAt = null) =>
        portal.WithDbAsync(async db =>
        {
            var hold = new LegalHold
            {
                Id = Guid.NewGuid(), Entity = entity, RowKey = row.ToString(), PersonId = personId, Reason = reason,
                PlacedById = await db.Users.Select(u => u.Id).FirstAsync(), PlacedAt = Now.AddDays(-1), Until = until, LiftedAt = liftedAt,
            };
            db.Add(hold);
            await db.SaveChangesAsync();
            return hold;
        });

    private Task<int> AuditCountAsync(AuditAction action, LegalHold hold) =>
        portal.WithDbAsync(db => db.Set<AuditLogEntry>().CountAsync(a => a.Action == action && a.SubjectPersonId == hold.PersonId && a.Details.Contains(hold.Id.ToString())));

    private Task<bool> ExistsAsync<T>(Guid id)
        where T : class => portal.WithDbAsync(db => db.Set<T>().AnyAsync(e => EF.Property<Guid>(e, "Id") == id));

    private Task<RetentionSweepReport> SweepAsync() => InScopeAsync(s => s.GetRequiredService<RetentionSweep>().RunAsync(DateTime.UtcNow, dryRun: false));

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
