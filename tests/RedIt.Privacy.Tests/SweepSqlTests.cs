namespace RedIt.Privacy.Tests;

public class SweepSqlTests
{
    [Fact]
    [Trait("Policy", "6")]
    public async Task The_sweep_is_set_based_and_never_loads_the_personal_columns()
    {
        using var database = new ToyDatabase();
        var alice = database.AddPerson("Alice", Utc.At(2015, 1, 1));
        database.AddInvoice(alice, "2016-0001", Utc.At(2016, 1, 10));
        database.AddInvoice(alice, "2023-0001", Utc.At(2023, 3, 1), Utc.At(2023, 1, 1));
        var commands = new List<string>();
        await using var db = database.NewContext(commands.Add);

        await new RetentionSweep(db, database.Catalog()).RunAsync(Utc.At(2024, 6, 1), dryRun: false);

        Assert.Contains(commands, c => c.Contains("DELETE FROM \"Invoices\"", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.Contains("UPDATE \"Notes\"", StringComparison.Ordinal));
        Assert.DoesNotContain(commands, c => c.Contains("SELECT", StringComparison.Ordinal) && c.Contains("\"BillingName\"", StringComparison.Ordinal));
        Assert.DoesNotContain(commands, c => c.Contains("SELECT", StringComparison.Ordinal) && c.Contains("\"Text\"", StringComparison.Ordinal) && !c.Contains("UPDATE", StringComparison.Ordinal));
    }
}
