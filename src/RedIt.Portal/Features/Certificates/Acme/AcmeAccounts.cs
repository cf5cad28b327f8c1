using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RedIt.Portal.Data;

namespace RedIt.Portal.Features.Certificates.Acme;

// The portal's one account per ACME server. Its key is stored before the server hears of it, so
// two instances that need it at the same moment end with one row (the unique directory URL
// decides, the loser reloads) and one account at the server: newAccount with a key it knows
// answers the existing account (RFC 8555 section 7.3.1). No contact is sent: Let's Encrypt gets
// no personal data (2.3).
public sealed class AcmeAccounts(PortalDbContext db, AcmeClient acme, IDataProtectionProvider protection, TimeProvider clock, IOptions<AcmeOptions> options)
{
    public const string ProtectorPurpose = "RedIt.Portal.Certificates.AcmeAccountKey.v1";

    private readonly IDataProtector _protector = protection.CreateProtector(ProtectorPurpose);

    // The caller disposes the key.
    public async Task<(AcmeKey Key, string AccountUrl)> GetAsync(CancellationToken cancellationToken)
    {
        var directoryUrl = options.Value.DirectoryUrl;
        var account = await LoadAsync(directoryUrl, cancellationToken);
        if (account is null)
        {
            using var fresh = AcmeKey.Generate();
            var row = new AcmeAccount
            {
                Id = Guid.NewGuid(), DirectoryUrl = directoryUrl, ProtectedKey = _protector.Protect(fresh.ToPrivateJwk()),
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.Add(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance stored its key first: that one is the account.
                db.Entry(row).State = EntityState.Detached;
            }

            account = await LoadAsync(directoryUrl, cancellationToken)
                ?? throw new InvalidOperationException("The ACME account was neither stored nor found.");
        }

        var key = AcmeKey.FromPrivateJwk(_protector.Unprotect(account.ProtectedKey));
        if (account.AccountUrl.Length > 0)
        {
            return (key, account.AccountUrl);
        }

        try
        {
            var directory = await acme.DirectoryAsync(cancellationToken);
            var created = await acme.PostAsync(directory.NewAccount, key, accountUrl: null, new JsonObject { ["termsOfServiceAgreed"] = true }, cancellationToken);
            var accountUrl = created.Location ?? throw new AcmeUnavailableException("The ACME server named no account URL.");
            await db.Set<AcmeAccount>().Where(a => a.Id == account.Id && a.AccountUrl == "")
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.AccountUrl, accountUrl), cancellationToken);
            return (key, accountUrl);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    private Task<AcmeAccount?> LoadAsync(string directoryUrl, CancellationToken cancellationToken) =>
        db.Set<AcmeAccount>().AsNoTracking().SingleOrDefaultAsync(a => a.DirectoryUrl == directoryUrl, cancellationToken);
}
