using RedIt.Portal.Privacy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using RedIt.Portal.Tests.PrivacyEngine.Toy;

namespace RedIt.Portal.Tests.PrivacyEngine;

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
        Assert.All(hits, hit => Assert.Equal(("Invoices", (long)kept.Id), (hit.Table, hit.RowId)));
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

    private static List<(string Table, string Column, long RowId)> ScanTextColumns(ToyDatabase database, IReadOnlyList<string> needles)
    {
        using var db = database.NewContext();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        db.Database.OpenConnection();
        var hits = new List<(string, string, long)>();
        foreach (var table in Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
        {
            foreach (var column in Strings(connection, $"SELECT name FROM pragma_table_info('{table}') WHERE type = 'TEXT'"))
            {
                foreach (var needle in needles)
                {
                    using var command = connection.CreateCommand();
                    command.CommandText = $"SELECT rowid FROM \"{table}\" WHERE instr(lower(\"{column}\"), lower($needle)) > 0";
                    command.Parameters.AddWithValue("$needle", needle);
                    using var reader = command.ExecuteReader();
                    while (reader.Read())
                    {
                        hits.Add((table, column, reader.GetInt64(0)));
                    }
                }
            }
        }

        return hits;
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
