using RedIt.Portal.Data.Numbers;

namespace RedIt.Portal.Features.Customers;

public static class CustomerNumbers
{
    public const string Series = "customer";

    public const int First = 10001;

    public static async Task<int> NextAsync(NumberSequences numbers, CancellationToken cancellationToken = default) =>
        checked((int)await numbers.NextAsync(Series, First, cancellationToken));
}
