using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Customers;

namespace RedIt.Portal.Features.Billing.Vat;

// The customer's VAT number checks with VIES, as the issuer reads them.
public sealed class VatNumberChecks(PortalDbContext db)
{
    // A confirmation counts for this long: the number is checked close to the supply it proves.
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(30);

    // The consultation number of the latest answer for exactly this number, when VIES said it is
    // valid and recently enough; null otherwise (not checked, invalid, still waiting or too old).
    public async Task<string?> ConfirmedConsultationNumberAsync(Guid customerId, string countryCode, string vatNumber, DateTime now, CancellationToken cancellationToken = default)
    {
        var normalised = Vies.ViesVatNumber.Parse(countryCode, vatNumber).Number;
        var country = countryCode.ToUpperInvariant();
        var latest = await db.Set<VatNumberVerification>().AsNoTracking()
            .Where(v => v.CustomerId == customerId && v.CountryCode == country && v.VatNumber == normalised && v.Status != VatNumberVerificationStatus.Pending)
            .OrderByDescending(v => v.CheckedAt).ThenByDescending(v => v.Id)
            .Select(v => new { v.Status, v.ConsultationNumber, v.CheckedAt })
            .FirstOrDefaultAsync(cancellationToken);
        return latest is { Status: VatNumberVerificationStatus.Valid, CheckedAt: { } at } && now - at <= ValidFor
            ? latest.ConsultationNumber ?? ""
            : null;
    }

    // The customer's VAT number as VIES is asked about it, with the (upper-case) country of the
    // address it is checked for; null when it needs no check (a Dutch, non-EU or private customer)
    // or VIES cannot read it.
    public static (string Country, Vies.ViesVatNumber Number)? CheckableNumber(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var country = (customer.BillingAddress ?? customer.PostalAddress)?.CountryCode;
        if (country is null || !VatRules.NeedsVatNumberCheck(customer.Kind == CustomerKind.Business, country, customer.VatNumber))
        {
            return null;
        }

        try
        {
            return (country.ToUpperInvariant(), Vies.ViesVatNumber.Parse(country, customer.VatNumber!));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // What the customer's profile says of the number: the latest check of exactly this number, or
    // null when it needs none (a Dutch, non-EU or private customer) or none was made yet.
    public async Task<VatNumberStanding?> StandingAsync(Customer customer, CancellationToken cancellationToken = default)
    {
        if (CheckableNumber(customer) is not { } checkable)
        {
            return null;
        }

        var (country, number) = checkable;

        return await db.Set<VatNumberVerification>().AsNoTracking()
            .Where(v => v.CustomerId == customer.Id && v.CountryCode == country && v.VatNumber == number.Number)
            .OrderByDescending(v => v.RequestedAt).ThenByDescending(v => v.Id)
            .Select(v => new VatNumberStanding(v.Status, v.CheckedAt))
            .FirstOrDefaultAsync(cancellationToken);
    }
}

public sealed record VatNumberStanding(VatNumberVerificationStatus Status, DateTime? CheckedAt)
{
    public bool ConfirmedRecently(DateTime now) => Status == VatNumberVerificationStatus.Valid && CheckedAt is { } at && now - at <= VatNumberChecks.ValidFor;
}
