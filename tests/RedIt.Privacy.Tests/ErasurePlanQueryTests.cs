namespace RedIt.Privacy.Tests;

// The plan checks what refers to the rows it would delete with one query per referencing table,
// so a customer with years of history costs the same number of commands as a new one.
public class ErasurePlanQueryTests
{
    private static readonly DateTime _now = Utc.At(2024, 6, 1);

    [Fact]
    [Trait("Policy", "6")]
    public async Task Planning_sends_as_many_SQL_commands_for_30_referenced_rows_as_for_3()
    {
        var (few, fewPlan) = await PlanForAsync(3);
        var (many, manyPlan) = await PlanForAsync(30);

        // Each expired invoice is still referred to by its anonymised note, so it is kept (anonymised) too.
        Assert.Equal(3, fewPlan.Items.Count(i => i.Entity == "Invoice" && i.KeptBecauseOf is not null));
        Assert.Equal(30, manyPlan.Items.Count(i => i.Entity == "Invoice" && i.KeptBecauseOf is not null));
        Assert.All(manyPlan.Items.Where(i => i.Entity == "Invoice"), i => Assert.StartsWith("Note Id=", i.KeptBecauseOf, StringComparison.Ordinal));
        Assert.True(few.Count == many.Count, $"3 referenced rows: {Listed(few)}{Environment.NewLine}30 referenced rows: {Listed(many)}");
    }

    private static async Task<(List<string> Commands, ErasurePlan Plan)> PlanForAsync(int invoices)
    {
        using var database = new ToyDatabase();
        var alice = database.AddPerson("Alice", Utc.At(2010, 1, 1));
        for (var i = 0; i < invoices; i++)
        {
            database.AddInvoice(alice, $"2015-{i:D4}", Utc.At(2015, 1, 10).AddDays(i), Utc.At(2015, 2, 1));
        }

        var catalog = database.Catalog();
        var commands = new List<string>();
        await using var db = database.NewContext(commands.Add);
        var plan = await new ErasurePlanner(db, catalog).PlanAsync(alice.Id, _now);
        return (commands, plan);
    }

    private static string Listed(List<string> commands) =>
        $"{commands.Count} SQL commands:{Environment.NewLine}{string.Join(Environment.NewLine + "---" + Environment.NewLine, commands)}";
}
