using System.Text.Json;
using System.Text.RegularExpressions;

namespace RedIt.Portal.Features.Billing.Payments.MultiSafepay;

// "**** 4242" for a card, "NL** **** **** **** 1234" for a bank account: at most the last four digits
// and an IBAN's country, so the payer recognises the card or account and nobody can use it (1.1).
internal static partial class MaskedPaymentReference
{
    private const int Shown = 4;

    public static string? Of(JsonElement paymentDetails) =>
        Card(paymentDetails) ?? Account(MultiSafepayClient.Text(paymentDetails, "account_iban")) ?? Account(MultiSafepayClient.Text(paymentDetails, "account_id"));

    // "last4" is a string in some answers and a number in others, where 0042 arrives as 42.
    private static string? Card(JsonElement paymentDetails)
    {
        if (!paymentDetails.TryGetProperty("last4", out var last4))
        {
            return null;
        }

        var digits = last4.ValueKind switch
        {
            JsonValueKind.Number when last4.TryGetInt32(out var number) && number is >= 0 and < 10_000 => number.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
            JsonValueKind.String => LastDigits(last4.GetString()!),
            _ => "",
        };
        return digits.Length == 0 ? null : "**** " + digits;
    }

    // account_iban holds a link to the bank's page while an iDEAL payment is open, and account_id holds
    // other things for other methods (a date of birth for pay-after-delivery): only an IBAN, whole or
    // already masked by MultiSafepay ("*** 1234"), gives a reference.
    private static string? Account(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var compact = value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var country = "";
        if (Iban().Match(compact) is { Success: true } iban)
        {
            country = iban.Groups["country"].Value;
        }
        else if (MaskedIban().Match(compact) is { Success: true } masked)
        {
            country = masked.Groups["country"].Value;
        }
        else
        {
            return null;
        }

        var digits = LastDigits(compact);
        return digits.Length == 0 ? null : (country.Length == 0 ? "*** " : country + "** **** **** **** ") + digits;
    }

    private static string LastDigits(string value)
    {
        var end = value.Length;
        var start = end;
        while (start > 0 && end - start < Shown && char.IsAsciiDigit(value[start - 1]))
        {
            start--;
        }

        return value[start..end];
    }

    [GeneratedRegex("^(?<country>[A-Z]{2})[0-9]{2}[A-Z0-9]{11,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex Iban();

    [GeneratedRegex("^(?<country>[A-Z]{2})?[0-9*]*\\*[0-9*]*[0-9]{1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex MaskedIban();
}
