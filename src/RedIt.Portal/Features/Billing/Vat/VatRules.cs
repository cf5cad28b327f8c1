using System.Collections.Frozen;

namespace RedIt.Portal.Features.Billing.Vat;

// Which VAT an invoice carries (Wet OB 1968, art. 12 and 35a): RED-IT supplies from the
// Netherlands, so Dutch customers and EU consumers pay 21 %; an EU business elsewhere with a VAT
// number VIES confirmed pays the VAT in its own country ("btw verlegd"); outside the EU no Dutch
// VAT is charged. A business whose number is not confirmed (yet) is charged as a consumer, so no
// VAT is ever left out on a guess.
public static class VatRules
{
    public const decimal StandardRate = 0.21m;

    public const string Netherlands = "NL";

    private static readonly FrozenSet<string> EuropeanUnion = new[]
    {
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
        "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool InEuropeanUnion(string countryCode) => EuropeanUnion.Contains(countryCode);

    // A check with VIES is worth making only for a business in another EU country with a number.
    public static bool NeedsVatNumberCheck(bool isBusiness, string countryCode, string? vatNumber) =>
        isBusiness && !string.IsNullOrWhiteSpace(vatNumber) && InEuropeanUnion(countryCode)
        && !string.Equals(countryCode, Netherlands, StringComparison.OrdinalIgnoreCase);

    public static VatDecision Decide(bool isBusiness, string countryCode, string? vatNumber, string? confirmedConsultationNumber)
    {
        if (!InEuropeanUnion(countryCode))
        {
            return new(VatTreatment.OutsideEu, 0m);
        }

        return NeedsVatNumberCheck(isBusiness, countryCode, vatNumber) && confirmedConsultationNumber is not null
            ? new(VatTreatment.ReverseCharge, 0m)
            : new(VatTreatment.DutchVat, StandardRate);
    }

    // VAT per rate on the total of the lines at that rate, rounded to the cent half away from zero
    // (the rounding the Belastingdienst accepts), so the invoice's VAT is the sum of its rows.
    public static IReadOnlyList<VatRow> Rows(IEnumerable<(decimal Rate, decimal TotalExclVat)> lines) =>
        lines.GroupBy(l => l.Rate)
            .OrderByDescending(g => g.Key)
            .Select(g =>
            {
                var net = g.Sum(l => l.TotalExclVat);
                return new VatRow(g.Key, net, Math.Round(net * g.Key, 2, MidpointRounding.AwayFromZero));
            })
            .ToList();
}

public sealed record VatDecision(VatTreatment Treatment, decimal Rate);

public sealed record VatRow(decimal Rate, decimal BaseExclVat, decimal Vat);
