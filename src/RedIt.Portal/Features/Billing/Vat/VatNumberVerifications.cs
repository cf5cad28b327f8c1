using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Billing.Vat.Vies;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Features.Disclosures;
using RedIt.Portal.Privacy;

namespace RedIt.Portal.Features.Billing.Vat;

// Checks a business customer's EU VAT number with VIES before it is invoiced. The check is stored,
// with its disclosure, before VIES is asked, so a check that VIES could not answer waits here and
// is tried again by RetryVatNumberChecksJob; the order is placed and invoiced with Dutch VAT meanwhile.
public sealed class VatNumberVerifications(PortalDbContext db, IVatNumberRegistry registry, DisclosureLog disclosures, TimeProvider clock, ILogger<VatNumberVerifications> log)
{
    public const string Purpose = "Checking the VAT number of a business customer in another EU country before its invoice is reverse charged";
    public const string LegalGround = "Legal obligation (GDPR art. 6(1)(c)): art. 138 and 196 of the EU VAT Directive";

    // How long one instance may work a claimed check before another may take it over.
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public async Task EnsureRecentAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        var customer = await db.Customers.AsNoTracking().Include(c => c.Addresses).SingleAsync(c => c.Id == customerId, cancellationToken);
        if (VatNumberChecks.CheckableNumber(customer) is not { } checkable)
        {
            return;
        }

        var (country, number) = checkable;

        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - VatNumberChecks.ValidFor;
        if (await db.Set<VatNumberVerification>().AnyAsync(v => v.CustomerId == customerId && v.VatNumber == number.Number
                && (v.Status == VatNumberVerificationStatus.Pending || v.CheckedAt >= since), cancellationToken))
        {
            return;
        }

        var check = new VatNumberVerification
        {
            Id = Guid.NewGuid(), CustomerId = customerId, CountryCode = country, VatNumber = number.Number,
            Status = VatNumberVerificationStatus.Pending, RequestedAt = now, NextAttemptAt = now, ClaimedUntil = now + Lease,
        };
        db.Add(check);
        await DiscloseAsync(check, cancellationToken);
        await AskAsync(check, cancellationToken);
    }

    // The checks VIES could not answer before, whose next attempt is due; each claimed by one instance.
    public async Task<int> RetryDueAsync(CancellationToken cancellationToken = default)
    {
        var done = 0;
        while (true)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var candidate = await db.Set<VatNumberVerification>().AsNoTracking()
                .Where(v => v.Status == VatNumberVerificationStatus.Pending && v.NextAttemptAt <= now && (v.ClaimedUntil == null || v.ClaimedUntil < now))
                .OrderBy(v => v.NextAttemptAt).Select(v => (Guid?)v.Id).FirstOrDefaultAsync(cancellationToken);
            if (candidate is not { } id)
            {
                return done;
            }

            if (await db.Set<VatNumberVerification>()
                    .Where(v => v.Id == id && v.Status == VatNumberVerificationStatus.Pending && (v.ClaimedUntil == null || v.ClaimedUntil < now))
                    .ExecuteUpdateAsync(set => set.SetProperty(v => v.ClaimedUntil, now + Lease), cancellationToken) == 0)
            {
                continue;
            }

            var check = await db.Set<VatNumberVerification>().SingleAsync(v => v.Id == id, cancellationToken);
            await DiscloseAsync(check, cancellationToken);
            await AskAsync(check, cancellationToken);
            done++;
        }
    }

    // Saves the check's state with the disclosure, before the number leaves.
    private Task<Disclosure> DiscloseAsync(VatNumberVerification check, CancellationToken cancellationToken) =>
        disclosures.RecordAsync(check.CustomerId, Recipients.Vies.Name, ["VAT number"], Purpose, LegalGround, reference: "VAT number check", cancellationToken: cancellationToken);

    private async Task AskAsync(VatNumberVerification check, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            var answer = await registry.CheckAsync(check.CountryCode, check.VatNumber, cancellationToken);
            check.Status = answer.Valid ? VatNumberVerificationStatus.Valid : VatNumberVerificationStatus.Invalid;
            check.ConsultationNumber = answer.ConsultationNumber;
            check.CheckedAt = answer.CheckedAtUtc;
            check.LastError = null;
        }
        catch (VatRegistryUnavailableException e)
        {
            check.Attempts++;
            check.LastError = e.Reason.Length > 200 ? e.Reason[..200] : e.Reason;
            // 15 minutes, doubling, at most 6 hours apart.
            check.NextAttemptAt = now + TimeSpan.FromMinutes(Math.Min(15 * Math.Pow(2, Math.Min(check.Attempts - 1, 5)), 360));
            log.LogWarning("VIES could not check a VAT number of country {Country} ({Reason}); trying again at {Next}", check.CountryCode, e.Reason, check.NextAttemptAt);
        }

        check.ClaimedUntil = null;
        await db.SaveChangesAsync(cancellationToken);
    }
}
