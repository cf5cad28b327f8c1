using Microsoft.EntityFrameworkCore;
using RedIt.Privacy.Tests.Toy;

namespace RedIt.Privacy.Tests;

public class CatalogTests
{
    [Fact]
    [Trait("Policy", "6")]
    public void Rules_survive_into_the_runtime_model()
    {
        using var database = new ToyDatabase();

        var catalog = database.Catalog();

        Assert.Equal(["Address", "Invoice", "Note", "Person"], catalog.Entries.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal("Setting", Assert.Single(catalog.NoPersonalData).Key);
        Assert.Equal("Billing", catalog.Find(typeof(Invoice))!.Category);
        Assert.Equal(["Person", "Id"], catalog.Find(typeof(Address))!.Rule.SubjectPath);
    }

    [Fact]
    [Trait("Policy", "6")]
    public void Dependents_come_before_their_principals_in_deletion_order()
    {
        using var database = new ToyDatabase();

        var order = database.Catalog().InDeletionOrder.Select(e => e.Key).ToList();

        Assert.True(order.IndexOf("Note") < order.IndexOf("Invoice"));
        Assert.True(order.IndexOf("Invoice") < order.IndexOf("Person"));
        Assert.True(order.IndexOf("Address") < order.IndexOf("Person"));
    }

    [Fact]
    [Trait("Policy", "2.4")]
    public void Configuration_overrides_the_declared_retention_and_the_catalog_reports_the_effective_one()
    {
        using var database = new ToyDatabase();

        var catalog = database.Catalog(new PrivacyOptions { RetentionDays = { ["note"] = 30 } });

        var note = catalog.Find(typeof(Note))!;
        Assert.Equal(RetentionPeriod.FromDays(30), note.Retention);
        Assert.True(note.RetentionOverridden);
        Assert.StartsWith("Kept for 30 days from the day it was written", note.RetentionText, StringComparison.Ordinal);
        Assert.Equal("7 years", catalog.Find(typeof(Invoice))!.Retention!.ToString());
    }

    [Fact]
    [Trait("Policy", "6")]
    public void A_retention_override_for_an_unknown_key_fails_loudly()
    {
        using var database = new ToyDatabase();

        var error = Assert.Throws<InvalidOperationException>(() => database.Catalog(new PrivacyOptions { RetentionDays = { ["Notes"] = 30 } }));

        Assert.Contains("Notes", error.Message, StringComparison.Ordinal);
    }
}
