using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using RedIt.Privacy.Tests.Toy;

namespace RedIt.Privacy.Tests;

public class ErasureTests
{
    private static readonly DateTime _now = Utc.At(2024, 6, 1);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(_now));

    [Fact]
    [Trait("Policy", "6")]
    public async Task The_plan_explains_for_each_row_what_happens_and_keeps_invoices_the_law_requires()
    {
        using var database = new ToyDatabase();
        var alice = database.AddPerson("Alice", Utc.At(2015, 1, 1));
        var old = database.AddInvoice(alice, "2016-0001", Utc.At(2016, 1, 10));
        var recent = database.AddInvoice(alice, "2023-0001", Utc.At(2023, 3, 1), Utc.At(2024, 5, 1));
        await using var db = database.NewContext();

        var plan = await new ErasurePlanner(db, database.Catalog()).PlanAsync(alice.Id, _now);

        var kept = Assert.Single(plan.Kept);
        Assert.Equal($"Id={recent.Id}", kept.RowKey);
        Assert.Equal(Utc.At(2030, 3, 1), kept.KeepUntil);
        Assert.Equal(["InternalMemo"], kept.PropertiesToClear);
        Assert.Contains("kept until 2030-03-01", kept.ToString(), StringComparison.Ordinal);
        Assert.Contains("Dutch tax law", kept.ToString(), StringComparison.Ordinal);
        Assert.Equal(ErasureAction.Delete, plan.Items.Single(i => i.Entity == "Invoice" && i.RowKey == $"Id={old.Id}").Action);
        Assert.Equal(ErasureAction.Delete, plan.Items.Single(i => i.Entity == "Address").Action);
        Assert.Equal(ErasureAction.Anonymise, plan.Items.Single(i => i.Entity == "Note").Action);

        // The kept invoice refers to the account, so the account is anonymised rather than deleted.
        var account = plan.Items.Single(i => i.Entity == "Person");
        Assert.Equal(ErasureAction.Anonymise, account.Action);
        Assert.Equal($"Invoice Id={recent.Id}", account.KeptBecauseOf);
        Assert.DoesNotContain("Invoice", account.Reason, StringComparison.Ordinal);
        Assert.Equal(5, plan.Items.Count);
    }

    [Fact]
    [Trait("Policy", "6")]
    public async Task After_erasure_no_text_column_holds_the_person_outside_the_kept_invoice()
    {
        using var database = new ToyDatabase();
        var alice = database.AddPerson("Alice", Utc.At(2015, 1, 1));
        var bob = database.AddPerson("Bob", Utc.At(2015, 1, 1));
        database.AddInvoice(alice, "2016-0001", Utc.At(2016, 1, 10));
        var kept = database.AddInvoice(alice, "2023-0001", Utc.At(2023, 3, 1), Utc.At(2024, 5, 1));
        database.AddInvoice(bob, "2023-0002", Utc.At(2023, 3, 2), Utc.At(2024, 5, 2));
        var catalog = database.Catalog();

        await using (var db = database.NewContext())
        {
            var plan = await new ErasurePlanner(db, catalog).PlanAsync(alice.Id, _now);
            var result = await new ErasureExecutor(db, catalog, _time).ExecuteAsync(plan);
            Assert.Equal(new ErasureResult(Deleted: 2, Anonymised: 2, Kept: 1), result);
        }

        // The Guid itself stays: it is the pseudonymous key of the anonymised account the kept invoice points at.
        string[] identifiers = [alice.Email, alice.FirstName, alice.LastName, alice.Phone!, "Alicestraat", "Alicedam", "hash-of-Alice", "stamp-of-Alice"];
        var hits = ScanTextColumns(database, identifiers);
        Assert.NotEmpty(hits);
        Assert.All(hits, hit => Assert.Equal(("Invoices", kept.Id.ToString(CultureInfo.InvariantCulture)), (hit.Table, hit.Id)));
        Assert.DoesNotContain(hits, hit => hit.Column == "InternalMemo");

        await using var check = database.NewContext();
        var account = await check.People.SingleAsync(p => p.Id == alice.Id);
        Assert.Equal($"erased-{alice.Id}", account.Email, ignoreCase: true);
        Assert.Equal(_now, account.AnonymisedAt);
        Assert.NotEmpty(ScanTextColumns(database, [bob.Email, bob.FirstName, "Bobstraat", "Bobfirst asked about 2023-0002"]));
        Assert.Equal(2, await check.Invoices.CountAsync());
    }

    [Fact]
    [Trait("Policy", "6")]
    public async Task A_failing_erasure_changes_nothing()
    {
        using var database = new ToyDatabase();
        var alice = database.AddPerson("Alice", Utc.At(2015, 1, 1));
        database.AddInvoice(alice, "2023-0001", Utc.At(2023, 3, 1));
        var catalog = database.Catalog();
        await using var db = database.NewContext();
        var plan = await new ErasurePlanner(db, catalog).PlanAsync(alice.Id, _now);

        // Force the account row to be deleted although a kept invoice still refers to it.
        var broken = new ErasurePlan(plan.PersonId, plan.PlannedAt, plan.Items.Select(i => i.Entity == "Person" ? i with { Action = ErasureAction.Delete } : i).ToArray());

        await Assert.ThrowsAnyAsync<Exception>(() => new ErasureExecutor(db, catalog, _time).ExecuteAsync(broken));
        await using var check = database.NewContext();
        Assert.Equal(1, await check.Addresses.CountAsync(a => a.PersonId == alice.Id));
        Assert.Equal("Alicefirst", (await check.People.SingleAsync()).FirstName);
    }

    // Reads every text column of every table the database has, whatever the model says.
    private static List<(string Table, string Column, string Id)> ScanTextColumns(ToyDatabase database, IReadOnlyList<string> needles)
    {
        using var db = database.NewContext();
        var connection = db.Database.GetDbConnection();
        db.Database.OpenConnection();
        var columns = database.IsPostgres
            ? Rows(connection, "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type IN ('text', 'character varying')")
            : Rows(connection, "SELECT m.name, c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND c.type = 'TEXT'");
        var hits = new List<(string, string, string)>();
        foreach (var column in columns)
        {
            var (table, name) = (column[0], column[1]);
            foreach (var row in Rows(connection, $"SELECT CAST(\"Id\" AS TEXT), \"{name}\" FROM \"{table}\" WHERE \"{name}\" IS NOT NULL"))
            {
                if (needles.Any(n => row[1].Contains(n, StringComparison.OrdinalIgnoreCase)))
                {
                    hits.Add((table, name, row[0]));
                }
            }
        }

        return hits;
    }

    private static List<string[]> Rows(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([reader.GetString(0), reader.GetString(1)]);
        }

        return rows;
    }
}
