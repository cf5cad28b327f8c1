using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace RedIt.Privacy.Tests;

public class RetentionSweepTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero));

    private DateTime Now => _time.GetUtcNow().UtcDateTime;

    [Fact]
    [Trait("Policy", "2.4")]
    public async Task Invoices_are_deleted_seven_years_after_issue_and_not_a_day_before()
    {
        using var database = new ToyDatabase();
        var alice = database.AddPerson("Alice", Utc.At(2015, 1, 1));
        var expired = database.AddInvoice(alice, "2017-0001", Utc.At(2017, 5, 31));
        var lastDay = database.AddInvoice(alice, "2017-0002", Utc.At(2017, 6, 1));
        await using var db = database.NewContext();

        var report = await new RetentionSweep(db, database.Catalog()).RunAsync(Now, dryRun: false);

        Assert.Equal(1, report.Lines.Single(l => l.Key == "Invoice").Rows);
        Assert.Equal(Erasure.Delete, report.Lines.Single(l => l.Key == "Invoice").Action);
        Assert.Equal([lastDay.Id], await db.Invoices.Select(i => i.Id).ToListAsync());
        Assert.NotEqual(expired.Id, lastDay.Id);
    }

    [Fact]
    [Trait("Policy", "6")]
    public async Task The_sweep_removes_exactly_what_expired_a_dry_run_changes_nothing_and_a_second_run_does_nothing_more()
    {
        using var database = new ToyDatabase();
        var alice = database.AddPerson("Alice", Utc.At(2015, 1, 1));
        var bob = database.AddPerson("Bob", Utc.At(2015, 1, 1));
        database.AddInvoice(alice, "2016-0001", Utc.At(2016, 1, 10));
        database.AddInvoice(bob, "2015-0001", Utc.At(2015, 5, 5));
        var aliceRecent = database.AddInvoice(alice, "2023-0001", Utc.At(2023, 3, 1), Utc.At(2023, 1, 1), Utc.At(2024, 5, 1));
        var bobRecent = database.AddInvoice(bob, "2022-0001", Utc.At(2022, 12, 1), Utc.At(2022, 12, 1));
        var catalog = database.Catalog();
        await using var db = database.NewContext();
        var sweep = new RetentionSweep(db, catalog);

        var dryRun = await sweep.RunAsync(Now, dryRun: true);
        Assert.Equal((2, 2), Counts(dryRun));
        Assert.Equal(4, await db.Invoices.CountAsync());
        Assert.Equal(0, await db.Notes.CountAsync(n => n.AnonymisedAt != null));

        var first = await sweep.RunAsync(Now, dryRun: false, batchSize: 1);
        Assert.Equal((2, 2), Counts(first));
        Assert.Equal(
            [aliceRecent.Id, bobRecent.Id],
            await db.Invoices.OrderBy(i => i.Id).Select(i => i.Id).ToListAsync());
        var notes = await db.Notes.AsNoTracking().OrderBy(n => n.WrittenOn).ToListAsync();
        Assert.Equal(["(erased)", "(erased)", "Alicefirst asked about 2023-0001"], notes.Select(n => n.Text));
        Assert.Equal([Now, Now, null], notes.Select(n => n.AnonymisedAt));

        var second = await sweep.RunAsync(Now, dryRun: false);
        Assert.Equal((0, 0), Counts(second));

        _time.Advance(TimeSpan.FromDays(366));
        var nextYear = await sweep.RunAsync(Now, dryRun: false);
        Assert.Equal((0, 1), Counts(nextYear));
        Assert.Equal(3, await db.Notes.CountAsync(n => n.AnonymisedAt != null));
    }

    [Fact]
    [Trait("Policy", "6")]
    public async Task A_configured_retention_replaces_the_declared_one()
    {
        using var database = new ToyDatabase();
        var alice = database.AddPerson("Alice", Utc.At(2015, 1, 1));
        database.AddInvoice(alice, "2023-0001", Utc.At(2023, 3, 1), Utc.At(2024, 4, 1), Utc.At(2024, 5, 20));
        var catalog = database.Catalog(new PrivacyOptions { RetentionDays = { ["Note"] = 30 } });
        await using var db = database.NewContext();

        var report = await new RetentionSweep(db, catalog).RunAsync(Now, dryRun: true);

        var line = report.Lines.Single(l => l.Key == "Note");
        Assert.Equal(1, line.Rows);
        Assert.Equal(Now.AddDays(-30), line.Cutoff);
    }

    [Fact]
    [Trait("Policy", "1.2")]
    public async Task A_column_cleared_sooner_is_emptied_after_its_own_period_while_its_row_stays()
    {
        using var database = new ToyDatabase();
        var alice = database.AddPerson("Alice", Utc.At(2015, 1, 1));
        var old = database.AddInvoice(alice, "2024-0001", Now.AddDays(-91));
        var recent = database.AddInvoice(alice, "2024-0002", Now.AddDays(-89));
        var sweep = new RetentionSweep(database.NewContext(), database.Catalog());

        var dryRun = await sweep.RunAsync(Now, dryRun: true);
        Assert.Equal(1, dryRun.Lines.Single(l => l.Key == "Invoice.InternalMemo").Rows);
        Assert.Equal(2, await Memos(database));

        var first = await sweep.RunAsync(Now, dryRun: false, batchSize: 1);
        var line = first.Lines.Single(l => l.Key == "Invoice.InternalMemo");
        Assert.Equal((1, Erasure.Anonymise, Now.AddDays(-90)), (line.Rows, line.Action, line.Cutoff));
        await using var db = database.NewContext();
        var invoices = await db.Invoices.AsNoTracking().OrderBy(i => i.Number).ToListAsync();
        Assert.Equal([old.Id, recent.Id], invoices.Select(i => i.Id));
        Assert.Equal([null, recent.InternalMemo], invoices.Select(i => i.InternalMemo));
        Assert.Equal(old.BillingName, invoices[0].BillingName);

        var second = await sweep.RunAsync(Now, dryRun: false);
        Assert.Equal(0, second.Lines.Single(l => l.Key == "Invoice.InternalMemo").Rows);
    }

    [Fact]
    [Trait("Policy", "6")]
    public async Task The_period_of_a_column_cleared_sooner_can_be_configured_and_the_statement_says_so()
    {
        using var database = new ToyDatabase();
        var alice = database.AddPerson("Alice", Utc.At(2015, 1, 1));
        database.AddInvoice(alice, "2024-0001", Now.AddDays(-40));
        var catalog = database.Catalog(new PrivacyOptions { RetentionDays = { ["Invoice.InternalMemo"] = 30 } });

        var report = await new RetentionSweep(database.NewContext(), catalog).RunAsync(Now, dryRun: true);

        Assert.Equal(1, report.Lines.Single(l => l.Key == "Invoice.InternalMemo").Rows);
        Assert.EndsWith(
            "; Internal memo is emptied sooner, after 30 days from the invoice date: The memo is for the reminders, which end with the payment term",
            catalog.FindByKey("Invoice")!.RetentionText,
            StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => database.Catalog(new PrivacyOptions { RetentionDays = { ["Invoice.Memo"] = 30 } }));
    }

    private static async Task<int> Memos(ToyDatabase database)
    {
        await using var db = database.NewContext();
        return await db.Invoices.CountAsync(i => i.InternalMemo != null);
    }

    private static (int Invoices, int Notes) Counts(RetentionSweepReport report) =>
        (report.Lines.Single(l => l.Key == "Invoice").Rows, report.Lines.Single(l => l.Key == "Note").Rows);
}
