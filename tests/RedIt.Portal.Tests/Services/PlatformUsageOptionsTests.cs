using Microsoft.Extensions.Configuration;
using RedIt.Portal.Features.Services.Usage;

namespace RedIt.Portal.Tests.Services;

// Which percentages of a limit mail the customer (2.8): 80 and 95 unless configured otherwise.
[Trait("Policy", "2.8")]
public sealed class PlatformUsageOptionsTests
{
    [Theory]
    [InlineData(new string[0], new[] { 80, 95 })]
    [InlineData(new[] { "90" }, new[] { 90 })]
    [InlineData(new[] { "95", "50", "95", "0", "120" }, new[] { 50, 95 })]
    public void Thresholds_come_from_configuration_in_order_or_are_80_and_95(string[] configured, int[] expected)
    {
        var settings = configured.Select((value, index) => KeyValuePair.Create($"Platform:UsageThresholds:{index}", (string?)value));
        var options = new ConfigurationBuilder().AddInMemoryCollection(settings).Build()
            .GetSection(PlatformUsageOptions.Section).Get<PlatformUsageOptions>() ?? new PlatformUsageOptions();
        Assert.Equal(expected, options.Thresholds);
    }
}
