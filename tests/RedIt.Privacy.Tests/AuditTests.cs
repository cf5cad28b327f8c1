using Microsoft.EntityFrameworkCore;
using RedIt.Privacy.Tests.Toy;

namespace RedIt.Privacy.Tests;

public class AuditTests
{
    [Fact]
    [Trait("Policy", "6")]
    public void The_declared_toy_model_has_no_problems()
    {
        using var database = new ToyDatabase();
        using var db = database.NewContext();

        var problems = PrivacyModelAudit.FindProblems(db.Model, typeof(Person));

        Assert.Empty(problems);
    }

    [Theory]
    [Trait("Policy", "6")]
    [InlineData("Address has no privacy declaration")]
    [InlineData("Person.Phone is text nobody classified")]
    [InlineData("Person.Nickname is text nobody classified")]
    [InlineData("Invoice holds personal data but declares no Subject")]
    [InlineData("Invoice is reachable from the person (Person.Invoices)")]
    [InlineData("Invoice declares no Purpose")]
    [InlineData("Note counts its retention from Text, a String")]
    [InlineData("Invoice clears Number sooner, which is not one of its personal data properties")]
    [InlineData("Invoice clears BillingName sooner, but the column cannot be empty")]
    [InlineData("Invoice counts the retention of BillingName from Number, which must be a DateTime in UTC")]
    [InlineData("Note is found by e-mail, but no entity declares IdentifiedByEmail")]
    [InlineData("Note is found by e-mail, so its subject must be a Guid? property of its own")]
    public void A_broken_model_reports_each_kind_of_problem(string expected)
    {
        using var db = new BrokenContext(new DbContextOptionsBuilder<BrokenContext>().UseSqlite("Data Source=:memory:").Options);

        var problems = PrivacyModelAudit.FindProblems(db.Model, typeof(Person));

        Assert.Contains(problems, p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Policy", "6")]
    public void Entities_declared_free_of_personal_data_and_non_text_properties_need_no_classification()
    {
        using var db = new BrokenContext(new DbContextOptionsBuilder<BrokenContext>().UseSqlite("Data Source=:memory:").Options);

        var problems = PrivacyModelAudit.FindProblems(db.Model, typeof(Person));

        Assert.DoesNotContain(problems, p => p.Contains("Setting", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("CreatedAt", StringComparison.Ordinal) || p.Contains("Person.Id", StringComparison.Ordinal));
        Assert.Equal(problems.Distinct().Count(), problems.Count);
    }
}
