using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using RedIt.Privacy.Tests.Toy;

namespace RedIt.Privacy.Tests;

public class ExportTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    [Trait("Policy", "6")]
    public async Task The_export_holds_every_row_of_the_person_and_none_of_anyone_else()
    {
        using var database = new ToyDatabase();
        var alice = database.AddPerson("Alice", Utc.At(2020, 1, 1));
        var bob = database.AddPerson("Bob", Utc.At(2020, 1, 1));
        database.AddInvoice(alice, "2023-0001", Utc.At(2023, 3, 1), Utc.At(2024, 5, 1));
        database.AddInvoice(bob, "2023-0002", Utc.At(2023, 3, 2), Utc.At(2024, 5, 2));
        await using var db = database.NewContext();

        var export = await new PersonalDataExporter(db, database.Catalog(), _time).ExportAsync(alice.Id);

        var rowsPerEntity = export.Categories.ToDictionary(c => c.Entity, c => c.Rows.Count);
        Assert.Equal(new Dictionary<string, int> { ["Address"] = 1, ["Invoice"] = 1, ["Note"] = 1, ["Person"] = 1 }, rowsPerEntity);
        var values = export.Categories.SelectMany(c => c.Rows).SelectMany(r => r.Values).OfType<string>().ToList();
        Assert.Contains(alice.Email, values);
        Assert.Contains("Alicestraat 1", values);
        Assert.Contains("Alicefirst asked about 2023-0001", values);
        Assert.DoesNotContain(values, v => v.Contains("Bob", StringComparison.Ordinal));
        Assert.Equal(_time.GetUtcNow().UtcDateTime, export.GeneratedAt);
    }

    [Fact]
    [Trait("Policy", "6")]
    public async Task Secrets_are_never_exported_but_ids_and_dates_are()
    {
        using var database = new ToyDatabase();
        var alice = database.AddPerson("Alice", Utc.At(2020, 1, 1));
        await using var db = database.NewContext();

        var export = await new PersonalDataExporter(db, database.Catalog(), _time).ExportAsync(alice.Id);

        var account = Assert.Single(export.Categories.Single(c => c.Entity == "Person").Rows);
        Assert.False(account.ContainsKey("PasswordHash"));
        Assert.False(account.ContainsKey("SecurityStamp"));
        Assert.False(account.ContainsKey("ConcurrencyStamp"));
        Assert.Equal(alice.Id, account["Id"]);
        Assert.Equal(Utc.At(2020, 1, 1), account["CreatedAt"]);
        Assert.DoesNotContain("hash-of-Alice", export.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Policy", "6")]
    public async Task Json_and_html_carry_purpose_basis_recipients_and_retention_and_html_encodes_every_value()
    {
        using var database = new ToyDatabase();
        var alice = database.AddPerson("Alice", Utc.At(2020, 1, 1));
        database.AddInvoice(alice, "2023-0001", Utc.At(2023, 3, 1));
        await using (var db = database.NewContext())
        {
            await db.People.Where(p => p.Id == alice.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.LastName, "O'Brien <b>bold</b> & Sons"));
        }

        await using var context = database.NewContext();
        var export = await new PersonalDataExporter(context, database.Catalog(), _time).ExportAsync(alice.Id);
        var json = export.ToJson();
        var html = export.ToHtml(ToyHoster.Controller);

        Assert.Contains("\"legalBasis\": \"legal obligation (GDPR art. 6(1)(c))\"", json, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"MultiSafepay\"", json, StringComparison.Ordinal);
        Assert.Contains("Kept for 7 years from the invoice date: Dutch tax law", json, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Your personal data at Toy Hosting</h1>", html, StringComparison.Ordinal);
        Assert.Contains("DAS Incasso", html, StringComparison.Ordinal);
        Assert.Contains("Kept for 7 years from the invoice date", html, StringComparison.Ordinal);
        Assert.Contains("O&#x27;Brien &lt;b&gt;bold&lt;/b&gt; &amp; Sons", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
    }
}
