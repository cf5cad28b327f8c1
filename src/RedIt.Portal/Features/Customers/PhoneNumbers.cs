using PhoneNumbers;

namespace RedIt.Portal.Features.Customers;

// Phone numbers are stored in E.164 (+31201234567) so the same number always looks the same,
// whether the customer typed 020-1234567 or +31 20 123 4567.
public static class PhoneNumbers
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static string? TryNormalise(string? input, string? countryCode)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        try
        {
            var number = Util.Parse(input, string.IsNullOrWhiteSpace(countryCode) ? "NL" : countryCode.ToUpperInvariant());
            return Util.IsValidNumber(number) ? Util.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    public static string Display(string? e164)
    {
        if (string.IsNullOrEmpty(e164))
        {
            return "";
        }

        try
        {
            return Util.Format(Util.Parse(e164, "NL"), PhoneNumberFormat.INTERNATIONAL);
        }
        catch (NumberParseException)
        {
            return e164;
        }
    }
}
