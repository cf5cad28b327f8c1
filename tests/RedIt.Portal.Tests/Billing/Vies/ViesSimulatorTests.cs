using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Billing.Vat;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Billing.Vies;

// What a newcomer gets in Development: the real client against the built-in VIES, by the rule the
// README states, with no RED-IT VAT number configured and nothing leaving the machine.
[Trait("Policy", "2.4")]
public sealed class ViesSimulatorTests : IDisposable
{
    private readonly PortalFactory _portal = new PortalFactory().With("Vies:Simulate", "true");

    [Theory]
    [InlineData("NL", "NL123456789B01", "NL", "123456789B01")]
    [InlineData("DE", "DE123456788", "DE", "123456788")]
    [InlineData("GR", "094259216", "EL", "094259216")]
    public async Task A_number_ending_in_B01_or_an_even_digit_is_valid_with_a_consultation_number(string countryCode, string typed, string country, string number)
    {
        var before = DateTime.UtcNow;

        var check = await CheckAsync(countryCode, typed);

        Assert.Equal((true, country, number, "SIMULATED TRADER"), (check.Valid, check.CountryCode, check.VatNumber, check.RegisteredName));
        Assert.Matches("^WAPIAAAAX[A-Za-z0-9]{7}$", check.ConsultationNumber);
        Assert.InRange(check.CheckedAtUtc, before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1));
        Assert.NotEmpty(_portal.Outbound.Sent);
        Assert.All(_portal.Outbound.Sent, sent => Assert.Equal(("IVatNumberRegistry", "vies.simulator"), (sent.Client, sent.Url.Host)));
    }

    [Fact]
    public async Task A_number_ending_in_an_odd_digit_is_not_valid()
    {
        var check = await CheckAsync("DE", "DE123456789");

        Assert.Equal((false, (string?)null), (check.Valid, check.RegisteredName));
    }

    [Fact]
    public async Task The_documented_number_answers_MS_UNAVAILABLE_so_the_queued_path_can_be_seen()
    {
        var unavailable = await Assert.ThrowsAsync<VatRegistryUnavailableException>(() => CheckAsync("DE", "DE999999999"));

        Assert.StartsWith("MS_UNAVAILABLE:", unavailable.Reason, StringComparison.Ordinal);
    }

    private async Task<VatNumberCheck> CheckAsync(string countryCode, string vatNumber)
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IVatNumberRegistry>().CheckAsync(countryCode, vatNumber);
    }

    public void Dispose() => _portal.Dispose();
}
