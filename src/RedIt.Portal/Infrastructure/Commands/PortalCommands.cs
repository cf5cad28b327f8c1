using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Retention;
using RedIt.Portal.Infrastructure.Jobs;

namespace RedIt.Portal.Infrastructure.Commands;

// `dotnet RedIt.Portal.dll migrate`, `... create-admin --email x`, `... retention-sweep [--dry-run]` and
// `... remove-development-accounts`: the operations that production runs on purpose, rather than on
// every start of every instance.
public static class PortalCommands
{
    public const string RemoveDevelopmentAccounts = "remove-development-accounts";

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "migrate" or "create-admin" or "retention-sweep" or RemoveDevelopmentAccounts;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        await using var scope = app.Services.CreateAsyncScope();
        return args[0] switch
        {
            "migrate" => await MigrateAsync(scope.ServiceProvider),
            "retention-sweep" => await RetentionSweepAsync(scope.ServiceProvider, args[1..]),
            RemoveDevelopmentAccounts => await RemoveDevelopmentAccountsAsync(scope.ServiceProvider),
            _ => await CreateAdminAsync(scope.ServiceProvider, args[1..]),
        };
    }

    public static async Task<int> MigrateAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        await db.Database.MigrateAsync();
        await JobStoreSchema.EnsureCreatedAsync(db);
        Console.WriteLine(pending.Count == 0 ? "The database is up to date." : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}");
        return 0;
    }

    private static async Task<int> RetentionSweepAsync(IServiceProvider services, string[] args)
    {
        var unknown = args.Where(a => a != "--dry-run").ToArray();
        if (unknown.Length > 0)
        {
            await Console.Error.WriteLineAsync("Usage: retention-sweep [--dry-run]");
            return 2;
        }

        var dryRun = args.Contains("--dry-run");
        var run = await services.GetRequiredService<RetentionRuns>().RunAsync(dryRun, RetentionSweepTrigger.Command);
        foreach (var line in RetentionRuns.Lines(run))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{line.Key,-28} {line.Action,-10} older than {line.Cutoff:yyyy-MM-dd HH:mm} UTC: {line.Rows} row(s)"));
        }

        Console.WriteLine(dryRun
            ? string.Create(CultureInfo.InvariantCulture, $"Dry run: {run.TotalRows} row(s) would be removed or anonymised; nothing was changed.")
            : string.Create(CultureInfo.InvariantCulture, $"{run.TotalRows} row(s) removed or anonymised."));
        return 0;
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider services, string[] args)
    {
        var email = Option(args, "--email");
        if (string.IsNullOrWhiteSpace(email))
        {
            await Console.Error.WriteLineAsync("Usage: create-admin --email you@example.com [--first-name Ada] [--last-name Lovelace]  (the password is asked for, or read from standard input)");
            return 2;
        }

        var staff = services.GetRequiredService<StaffAccounts>();
        if (await staff.ExistsAsync(email))
        {
            await Console.Error.WriteLineAsync("An account with that e-mail address exists already.");
            return 1;
        }

        var password = ReadPassword();
        var result = await staff.CreateAsync(email, Option(args, "--first-name") ?? "Admin", Option(args, "--last-name") ?? "", password ?? "", PortalRoles.Admin);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                await Console.Error.WriteLineAsync(error.Description);
            }

            return 1;
        }

        Console.WriteLine("Admin created. At the first sign-in the portal asks to set up two-factor authentication.");
        return 0;
    }

    // Their password is in the README: a database that has them (say, a copy of a developer's)
    // must lose them before the portal starts outside Development.
    private static async Task<int> RemoveDevelopmentAccountsAsync(IServiceProvider services)
    {
        var users = services.GetRequiredService<UserManager<PortalUser>>();
        var removed = 0;
        foreach (var email in new[] { DevelopmentAccounts.AdminEmail, DevelopmentAccounts.SupportEmail })
        {
            if (await users.FindByEmailAsync(email) is not { } user)
            {
                continue;
            }

            IdentityResult result;
            try
            {
                result = await users.DeleteAsync(user);
            }
            catch (DbUpdateException e)
            {
                await Console.Error.WriteLineAsync($"{email} could not be removed because other rows refer to it: {e.InnerException?.Message ?? e.Message}");
                return 1;
            }

            if (!result.Succeeded)
            {
                await Console.Error.WriteLineAsync($"{email} could not be removed: {string.Join(" ", result.Errors.Select(e => e.Description))}");
                return 1;
            }

            Console.WriteLine($"Removed {email}.");
            removed++;
        }

        if (removed == 0)
        {
            Console.WriteLine("This database has no development accounts.");
        }

        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string? ReadPassword()
    {
        if (Console.IsInputRedirected)
        {
            return Console.ReadLine();
        }

        Console.Write($"Password (at least {PasswordRules.MinimumLength} characters): ");
        var password = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.WriteLine();
                return password.ToString();
            }

            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
    }
}
