using RedIt.Portal.Features.Billing.Vat.Vies;

namespace RedIt.Portal.Tests.Billing.Vies;

// A VAT number as customers type it becomes the country code and national part VIES asks for.
[Trait("Policy", "2.4")]
public sealed class ViesVatNumberTests
{
    [Theory]
    [InlineData("NL", "NL123456789B01", "NL", "123456789B01")]
    [InlineData("NL", "nl 1234.56.789.B01", "NL", "123456789B01")]
    [InlineData("nl", "123456789b01", "NL", "123456789B01")]
    [InlineData("DE", "DE-276 913 582", "DE", "276913582")]
    [InlineData("BE", "BE 0123.456.749", "BE", "0123456749")]
    [InlineData("AT", "ATU12345678", "AT", "U12345678")]
    [InlineData("AT", "U 1234 5678", "AT", "U12345678")]
    // Greece is EL in VIES, whichever code the customer's country or number carries.
    [InlineData("GR", "094259216", "EL", "094259216")]
    [InlineData("GR", "EL 094259216", "EL", "094259216")]
    [InlineData("EL", "GR094259216", "EL", "094259216")]
    [InlineData("XI", "XI 123 4567 89", "XI", "123456789")]
    [InlineData("FR", "FR 40 303 265 045", "FR", "40303265045")]
    // Eleven characters are a whole French national part, whose check key may be the letters FR.
    [InlineData("FR", "FR303265045", "FR", "FR303265045")]
    [InlineData("FR", "FRFR303265045", "FR", "FR303265045")]
    public void A_typed_number_becomes_the_country_code_and_national_part_VIES_asks_for(string countryCode, string typed, string expectedCountry, string expectedNumber)
    {
        var number = ViesVatNumber.Parse(countryCode, typed);

        Assert.Equal((expectedCountry, expectedNumber), (number.CountryCode, number.Number));
    }

    [Theory]
    [InlineData("GB", "GB123456789")]
    [InlineData("CH", "CHE123456789")]
    [InlineData("", "123456789B01")]
    [InlineData("NL", "NL")]
    [InlineData("NL", " . - ")]
    public void A_country_VIES_does_not_cover_or_an_empty_number_is_refused_before_anything_is_sent(string countryCode, string typed)
    {
        Assert.Throws<ArgumentException>(() => ViesVatNumber.Parse(countryCode, typed));
    }
}
