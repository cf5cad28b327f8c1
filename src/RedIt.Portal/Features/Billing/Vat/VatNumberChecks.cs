using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;

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
}
