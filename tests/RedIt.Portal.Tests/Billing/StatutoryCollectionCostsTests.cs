using RedIt.Portal.Features.Billing.Collection;

namespace RedIt.Portal.Tests.Billing;

// The statutory scale for collection costs (2.4: a claim goes to DAS Incasso only after the
// payment term and the reminders; the 14-day letter states these costs exactly).
[Trait("Policy", "2.4")]
public sealed class StatutoryCollectionCostsTests
{
    [Theory]
    [InlineData("0.01", "40.00")] // below the minimum
    [InlineData("100", "40.00")]
    [InlineData("266.66", "40.00")] // 15 % is €39.999
    [InlineData("266.67", "40.00")] // 15 % is €40.0005, rounded
    [InlineData("300", "45.00")]
    [InlineData("1000", "150.00")]
    [InlineData("2500", "375.00")] // the end of the first bracket
    [InlineData("3000", "425.00")] // 375 + 10 % of 500
    [InlineData("5000", "625.00")]
    [InlineData("7500", "750.00")] // 625 + 5 % of 2,500
    [InlineData("10000", "875.00")]
    [InlineData("12345.67", "898.46")] // 875 + 1 % of 2,345.67 = 898.4567
    [InlineData("200000", "2775.00")] // 875 + 1 % of 190,000
    [InlineData("1000000", "6775.00")] // 2,775 + 0.5 % of 800,000: exactly the maximum
    [InlineData("5000000", "6775.00")] // above it, the maximum
    public void The_costs_follow_the_scale_between_its_minimum_and_maximum(string principal, string costs) =>
        Assert.Equal(decimal.Parse(costs, System.Globalization.CultureInfo.InvariantCulture),
            StatutoryCollectionCosts.For(decimal.Parse(principal, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("0")]
    [InlineData("-10")]
    public void Nothing_unpaid_has_no_collection_costs(string principal) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StatutoryCollectionCosts.For(decimal.Parse(principal, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-12-07", "2026-12-21")]
    [InlineData("2026-12-25", "2027-01-08")] // over the year's end
    [InlineData("2028-02-20", "2028-03-05")] // through a leap day
    public void The_fourteen_days_start_the_day_after_delivery(string delivered, string lastDay) =>
        Assert.Equal(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture),
            StatutoryCollectionCosts.LastDayToPay(DateOnly.Parse(delivered, System.Globalization.CultureInfo.InvariantCulture)));
}
