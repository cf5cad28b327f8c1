using RedIt.Portal.Features.Billing;
using RedIt.Portal.Features.Billing.Vat;

namespace RedIt.Portal.Tests.Billing;

[Trait("Policy", "2.4")]
public sealed class VatRulesTests
{
    [Theory]
    [InlineData(false, "NL", null, null, VatTreatment.DutchVat)]
    [InlineData(true, "NL", "NL859123456B01", "WAPI1", VatTreatment.DutchVat)]
    [InlineData(false, "BE", null, null, VatTreatment.DutchVat)]
    [InlineData(true, "BE", "BE0123456789", null, VatTreatment.DutchVat)]
    [InlineData(true, "BE", "BE0123456789", "WAPI1", VatTreatment.ReverseCharge)]
    [InlineData(true, "GR", "EL123456789", "WAPI1", VatTreatment.ReverseCharge)]
    [InlineData(false, "GB", null, null, VatTreatment.OutsideEu)]
    [InlineData(true, "US", "12-3456789", null, VatTreatment.OutsideEu)]
    public void The_treatment_follows_country_kind_and_confirmation(bool business, string country, string? vatNumber, string? consultation, VatTreatment expected)
    {
        var decision = VatRules.Decide(business, country, vatNumber, consultation);

        Assert.Equal(expected, decision.Treatment);
        Assert.Equal(expected == VatTreatment.DutchVat ? 0.21m : 0m, decision.Rate);
    }

    [Fact]
    public void VAT_is_rounded_per_rate_on_the_total_of_its_lines_half_away_from_zero()
    {
        // Per line 0.21 × 0.10 = 0.021 would round to 0.02 three times (0.06); on the total it is 0.063 → 0.06,
        // and 0.21 × 0.50 = 0.105 → 0.11, where banker's rounding would give 0.10.
        var rows = VatRules.Rows([(0.21m, 0.10m), (0.21m, 0.10m), (0.21m, 0.10m), (0m, 7m)]);
        Assert.Equal([new VatRow(0.21m, 0.30m, 0.06m), new VatRow(0m, 7m, 0m)], rows);
        Assert.Equal(0.11m, Assert.Single(VatRules.Rows([(0.21m, 0.50m)])).Vat);
        Assert.Equal(-0.11m, Assert.Single(VatRules.Rows([(0.21m, -0.50m)])).Vat);
    }
}
