using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Commands;

namespace RedIt.Portal.Infrastructure.Security;

// What makes a portal outside Development unsafe to run, refused at start-up with what to do about
// it, rather than found out later by someone who reads a cookie or a database copy. The commands
// (migrate, create-admin, ...) are not checked: they are how an operator fixes what is refused here.
public static class StartupChecks
{
    public static void CheckSettings(IHostEnvironment environment, IConfiguration configuration, SecurityOptions security)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(security);
        if (environment.IsDevelopment())
        {
            return;
        }

        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(configuration["Portal:BaseUrl"]))
        {
            // Otherwise a password-reset link would point wherever a forged Host header said.
            problems.Add("Portal:BaseUrl must be set outside Development: it is the address used in every link the portal mails (e.g. https://portal.red-it.nl).");
        }

        if (string.IsNullOrWhiteSpace(configuration[KeyRingSetup.CertificatePathSetting]))
        {
            problems.Add($"{KeyRingSetup.CertificatePathSetting} is not set. Without a certificate the data-protection keys lie in the database unencrypted, so a copy of the database could decrypt identity documents and forge sign-in cookies. "
                + $"Create one with `dotnet RedIt.Portal.dll {KeyCertificateCommand.Name} /path/to/keys.pfx` (it uses {KeyRingSetup.CertificatePasswordSetting} as its password), "
                + $"then set {KeyRingSetup.CertificatePathSetting} to that file and {KeyRingSetup.CertificatePasswordSetting} to its password.");
        }

        if (!security.RequireStaffTwoFactor)
        {
            problems.Add("Security:RequireStaffTwoFactor is false. Staff see everyone's data, so outside Development they must use two-factor authentication: remove the setting or set it to true.");
        }

        if (environment.IsProduction() && string.Equals(configuration["Payments:Provider"], "Test", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add("Payments:Provider is Test: its checkout page marks an invoice paid without any money. Set it to MultiSafepay with MultiSafepay:ApiKey.");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The portal refuses to start:" + string.Concat(problems.Select(p => Environment.NewLine + "- " + p)));
        }
    }

    public static async Task CheckDatabaseAsync(IServiceProvider services, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(environment);
        if (environment.IsDevelopment())
        {
            return;
        }

        var db = services.GetRequiredService<PortalDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync()).Count();
        if (pending > 0)
        {
            throw new InvalidOperationException($"The portal refuses to start: the database lacks {pending} migration(s). Run `dotnet RedIt.Portal.dll migrate` first (or set Database:MigrateOnStartup to true).");
        }

        var normalizer = services.GetRequiredService<ILookupNormalizer>();
        string[] seeded = [normalizer.NormalizeEmail(DevelopmentAccounts.AdminEmail), normalizer.NormalizeEmail(DevelopmentAccounts.SupportEmail)];
        if (await db.Users.AnyAsync(u => seeded.Contains(u.NormalizedEmail)))
        {
            throw new InvalidOperationException(
                $"The portal refuses to start: the development accounts {DevelopmentAccounts.AdminEmail} and {DevelopmentAccounts.SupportEmail}, whose password is published in the README, exist in this database. "
                + $"Remove them with `dotnet RedIt.Portal.dll {PortalCommands.RemoveDevelopmentAccounts}`, then start the portal again.");
        }
    }
}
