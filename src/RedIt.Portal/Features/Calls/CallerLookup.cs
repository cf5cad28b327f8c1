using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Customers;

namespace RedIt.Portal.Features.Calls;

// "Your phone number and name (if known) will appear on our phones" (1.2): the customer whose
// number calls, for the phone system's screen. Only customers: a staff account has no Customer
// row, and an erased account has no phone number left.
public sealed class CallerLookup(PortalDbContext db, AuditLogger audit)
{
    // Numbers are read as Dutch unless they carry a country code: the service number is Dutch.
    public const string DefaultRegion = "NL";

    public static string? Normalise(string? number) => Customers.PhoneNumbers.TryNormalise(number, DefaultRegion);

    public async Task<Caller?> FindAsync(string? number, Guid? phoneSystemId, CancellationToken cancellationToken = default)
    {
        var e164 = Normalise(number);
        if (e164 is null)
        {
            return null;
        }

        // Two accounts may share a number (a business with two logins): the oldest customer
        // number answers, the same one every time.
        var caller = await db.Customers
            .Where(c => c.User.PhoneNumber == e164)
            .OrderBy(c => c.Number)
            .Select(c => new Caller(c.Id, c.Number, c.User.FirstName, c.User.LastName, c.CompanyName, e164))
            .FirstOrDefaultAsync(cancellationToken);
        if (caller is not null)
        {
            // The name appears on an employee's phone: a look at personal data like any other.
            await audit.RecordAsync(AuditAction.CallerLookedUp, caller.PersonId, details: $"phone system {phoneSystemId}", cancellationToken: cancellationToken);
        }

        return caller;
    }

    // The id of the customer with this number, for linking a call; nothing is shown, so nothing is audited.
    public async Task<Guid?> PersonIdAsync(string? e164, CancellationToken cancellationToken = default) =>
        string.IsNullOrEmpty(e164)
            ? null
            : await db.Customers.Where(c => c.User.PhoneNumber == e164).OrderBy(c => c.Number).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
}

public sealed record Caller(Guid PersonId, int CustomerNumber, string FirstName, string LastName, string? CompanyName, string PhoneNumber)
{
    public string DisplayName
    {
        get
        {
            var name = $"{FirstName} {LastName}".Trim();
            return string.IsNullOrWhiteSpace(CompanyName) ? name : $"{name} ({CompanyName})";
        }
    }
}
