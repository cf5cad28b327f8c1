using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Data;
using RedIt.Portal.Data.Numbers;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Customers;

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "1.1")]
public sealed class CustomerNumberTests(PortalFactory portal)
{
    [Fact]
    public async Task Each_new_customer_gets_the_next_number_and_sees_it_under_my_details()
    {
        var (first, firstEmail) = await People.SignedInCustomerAsync(portal);
        var (_, secondEmail) = await People.SignedInCustomerAsync(portal);
        var numbers = await portal.WithDbAsync(db => db.Customers
            .Where(c => c.User.Email == firstEmail || c.User.Email == secondEmail)
            .OrderBy(c => c.CreatedAt).Select(c => c.Number).ToListAsync());

        Assert.Equal(2, numbers.Count);
        Assert.True(numbers[0] >= CustomerNumbers.First, $"{numbers[0]} is below the first customer number.");
        Assert.True(numbers[1] > numbers[0]);
        var details = await first.GetAsync("/profile");
        Assert.Contains(numbers[0].ToString(System.Globalization.CultureInfo.InvariantCulture), details.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    // Two instances handing out numbers at the same moment: every transaction waits for the one
    // before it, so the numbers come out without a gap and without a double, and one that rolls
    // back gives its number back.
    [Fact]
    public async Task A_series_hands_out_numbers_without_gaps_or_doubles_from_parallel_transactions()
    {
        var series = "test-" + Guid.NewGuid().ToString("N");

        var taken = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => TakeAsync(series, commit: i % 4 != 3)));

        var kept = taken.Where(t => t.Committed).Select(t => t.Number).Order().ToList();
        Assert.Equal(9, kept.Count);
        Assert.Equal(kept.Distinct().Count(), kept.Count);
        var last = await portal.WithDbAsync(db => db.Set<NumberSequence>().Where(s => s.Name == series).Select(s => s.LastValue).SingleAsync());
        Assert.Equal(Enumerable.Range(100, 9).Select(n => (long)n), kept);
        Assert.Equal(108, last);
    }

    [Fact]
    public async Task A_number_is_only_taken_inside_a_transaction()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var numbers = scope.ServiceProvider.GetRequiredService<NumberSequences>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => numbers.NextAsync("test-" + Guid.NewGuid().ToString("N"), 1));
    }

    // On SQLite the transaction takes the write lock when it begins, so there the callers queue
    // at the start; on PostgreSQL at the increment.
    private async Task<(long Number, bool Committed)> TakeAsync(string series, bool commit)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var number = await scope.ServiceProvider.GetRequiredService<NumberSequences>().NextAsync(series, 100);
        if (commit)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }

        return (number, commit);
    }
}
