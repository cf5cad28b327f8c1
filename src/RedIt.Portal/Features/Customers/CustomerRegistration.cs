using System.Globalization;
using Microsoft.AspNetCore.Identity;
using RedIt.Portal.Data;
using RedIt.Portal.Data.Numbers;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Consent;

namespace RedIt.Portal.Features.Customers;

// Creates the login, the role and the customer record together: either all of them exist
// afterwards or none does.
public sealed class CustomerRegistration(PortalDbContext db, UserManager<PortalUser> users, ConsentLedger consents, NumberSequences numbers, TimeProvider clock)
{
    public async Task<RegistrationResult> RegisterAsync(RegisterInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var email = input.Email!.Trim();
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return new RegistrationResult(existing, AlreadyExisted: true, []);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var user = new PortalUser
        {
            Id = Guid.NewGuid(),
            UserName = email,
            Email = email,
            CreatedAt = now,
            PreferredCulture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "nl" ? "nl" : "en",
        };
        var customer = new Customer { Id = user.Id, User = user, CreatedAt = now };
        input.CopyTo(customer);

        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            return new RegistrationResult(user, AlreadyExisted: false, created.Errors.ToList());
        }

        var role = await users.AddToRoleAsync(user, PortalRoles.Customer);
        if (!role.Succeeded)
        {
            return new RegistrationResult(user, AlreadyExisted: false, role.Errors.ToList());
        }

        customer.Number = await CustomerNumbers.NextAsync(numbers);
        db.Customers.Add(customer);
        if (input.NewsEmails)
        {
            await consents.AddAsync(user.Id, ConsentPurpose.NewsEmails, given: true, ConsentSource.SignUp);
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return new RegistrationResult(user, AlreadyExisted: false, []);
    }
}

public sealed record RegistrationResult(PortalUser User, bool AlreadyExisted, IReadOnlyList<IdentityError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
