namespace RedIt.Portal.Features.Services.Usage;

// "Platform" in appsettings: the key the hosting platform reports usage with, and at which
// percentages of a limit the customer hears that it is nearly reached (2.8).
public sealed class PlatformUsageOptions
{
    public const string Section = "Platform";

    // Empty means the usage endpoint is off: every request answers 401, as for a wrong key.
    public string? UsageApiKey { get; set; }

    // Left unset rather than defaulted here: the configuration binder adds to an array it finds
    // filled, so [80, 95] plus a configured [90] would become [80, 95, 90].
    public int[]? UsageThresholds { get; set; }

    public IReadOnlyList<int> Thresholds =>
        (UsageThresholds is { Length: > 0 } configured ? configured : [80, 95])
            .Where(t => t is > 0 and <= 100).Distinct().Order().ToArray();
}
