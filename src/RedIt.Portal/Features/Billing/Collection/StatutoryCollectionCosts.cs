namespace RedIt.Portal.Features.Billing.Collection;

// The most a creditor may charge for collecting an unpaid claim out of court in the Netherlands
// (Besluit vergoeding voor buitengerechtelijke incassokosten, art. 2): a sliding scale over the
// principal, at least €40 and at most €6,775. The same scale is what a business customer owes
// unless agreed otherwise (art. 6:96 BW); a consumer owes it only after the 14-day letter.
public static class StatutoryCollectionCosts
{
    public const decimal Minimum = 40m;
    public const decimal Maximum = 6_775m;

    // Each bracket's upper bound and its rate; the last one has no bound.
    private static readonly (decimal UpTo, decimal Rate)[] Brackets =
    [
        (2_500m, 0.15m),
        (5_000m, 0.10m),
        (10_000m, 0.05m),
        (200_000m, 0.01m),
        (decimal.MaxValue, 0.005m),
    ];

    // The costs over an unpaid principal (excluding interest), rounded to the cent half away from
    // zero, as the letter states them.
    public static decimal For(decimal principal)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(principal);
        var costs = 0m;
        var lower = 0m;
        foreach (var (upTo, rate) in Brackets)
        {
            if (principal <= lower)
            {
                break;
            }

            costs += (Math.Min(principal, upTo) - lower) * rate;
            lower = upTo;
        }

        return Math.Round(Math.Clamp(costs, Minimum, Maximum), 2, MidpointRounding.AwayFromZero);
    }

    // The last day a consumer can still pay without costs: fourteen days that start the day
    // after the letter was delivered (art. 6:96 lid 6 BW). A mail is delivered the day it is sent.
    public static DateOnly LastDayToPay(DateOnly deliveredOn) => deliveredOn.AddDays(14);
}
