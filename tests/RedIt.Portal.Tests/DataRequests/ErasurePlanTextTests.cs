using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Features.DataRequests;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Privacy;

namespace RedIt.Portal.Tests.DataRequests;

// The outcome letter quotes what the erasure kept; a Dutch requester reads it in Dutch.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "6")]
public sealed class ErasurePlanTextTests(PortalFactory portal)
{
    private static readonly ErasurePlan _plan = new(Guid.NewGuid(), new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc),
    [
        new("Invoice", "Billing", "Invoice", "Id=1", ErasureAction.KeepUntil, new DateTime(2033, 1, 1, 0, 0, 0, DateTimeKind.Utc), "Kept by law.", []),
        new("Customer", "Customer details", "Customer", "Id=2", ErasureAction.Anonymise, null,
            "Anonymised instead of deleted, because a record that must be kept refers to it.", ["LastName"]) { KeptBecauseOf = "Invoice Id=1" },
        new("Address", "Addresses", "Address", "Id=3", ErasureAction.Delete, null, "Erased at your request.", []),
    ]);

    [Theory]
    [InlineData("nl", "Facturatie: bewaard tot 2033-01-01. Bewaard omdat de wet dat voorschrijft.")]
    [InlineData("en", "Billing: kept until 2033-01-01. Kept by law.")]
    public void What_was_kept_is_written_in_the_language_of_the_request(string culture, string expected)
    {
        var kept = portal.WithScope(services => ErasurePlanText.Kept(_plan, services.GetRequiredService<IStringLocalizer<SharedResource>>(), culture));

        Assert.Equal(expected, kept);
    }

    [Fact]
    public void The_lines_a_person_reads_never_name_an_internal_row()
    {
        var lines = portal.WithScope(services => ErasurePlanText.Lines(_plan, services.GetRequiredService<IStringLocalizer<SharedResource>>()));

        Assert.Equal(3, lines.Count);
        Assert.All(lines, line => Assert.DoesNotContain("Id=", line.Reason, StringComparison.Ordinal));
        Assert.Equal("Billing", lines[^1].Category);
        Assert.Equal(new DateTime(2033, 1, 1, 0, 0, 0, DateTimeKind.Utc), lines[^1].KeepUntil);
    }
}
