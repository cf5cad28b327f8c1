using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.DataRequests;
using RedIt.Portal.Features.Retention;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Operations;

// The production commands, run the way an operator runs them: the built portal as a process.
[Trait("Policy", "4")]
public sealed class PortalCommandTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task Migrate_applies_every_migration_once_and_then_has_nothing_to_do()
    {
        var first = await RunAsync(["migrate"]);
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("Applied", first.Output, StringComparison.Ordinal);

        var second = await RunAsync(["migrate"]);
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains("The database is up to date.", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_admin_needs_a_real_password_and_makes_a_confirmed_admin()
    {
        Assert.Equal(0, (await RunAsync(["migrate"])).ExitCode);
        var email = People.NewEmail("admin");

        var weak = await RunAsync(["create-admin", "--email", email], input: "short\n");
        Assert.Equal(1, weak.ExitCode);
        Assert.Contains("at least 12 characters", weak.Output, StringComparison.Ordinal);

        var created = await RunAsync(["create-admin", "--email", email, "--first-name", "Ada", "--last-name", "Lovelace"], input: "a long operator passphrase\n");
        Assert.True(created.ExitCode == 0, created.Output);

        await using var db = OpenDatabase();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        Assert.True(user.EmailConfirmed);
        Assert.Equal("Ada Lovelace", user.FullName);
        var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync();
        Assert.Equal([PortalRoles.Admin], roles);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<PortalUser>().VerifyHashedPassword(user, user.PasswordHash!, "a long operator passphrase"));

        var again = await RunAsync(["create-admin", "--email", email], input: "a long operator passphrase\n");
        Assert.Equal(1, again.ExitCode);
    }

    [Fact]
    public async Task Development_accounts_keep_the_portal_from_starting_until_the_command_removes_them()
    {
        Assert.Equal(0, (await RunAsync(["migrate"])).ExitCode);
        var copied = await RunAsync(["create-admin", "--email", DevelopmentAccounts.AdminEmail], input: "a long operator passphrase\n");
        Assert.True(copied.ExitCode == 0, copied.Output);

        using (var refused = PortalOnThisDatabase())
        {
            var message = StartFailure.Of(refused);
            Assert.Contains("the development accounts admin@red-it.local and support@red-it.local", message, StringComparison.Ordinal);
            Assert.Contains("dotnet RedIt.Portal.dll remove-development-accounts", message, StringComparison.Ordinal);
        }

        var removed = await RunAsync(["remove-development-accounts"]);
        Assert.True(removed.ExitCode == 0, removed.Output);
        Assert.Contains("Removed admin@red-it.local.", removed.Output, StringComparison.Ordinal);

        using var portal = PortalOnThisDatabase();
        Assert.Equal("Sign in", (await new Browserless(portal.CreateClient()).GetAsync("/account/login")).Heading);
        var nothingLeft = await RunAsync(["remove-development-accounts"]);
        Assert.True(nothingLeft.ExitCode == 0, nothingLeft.Output);
        Assert.Contains("This database has no development accounts.", nothingLeft.Output, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Policy", "6")]
    public async Task Retention_sweep_also_deletes_the_requests_from_the_public_form_that_nobody_confirmed_within_a_week()
    {
        Assert.Equal(0, (await RunAsync(["migrate"])).ExitCode);
        var expired = new DataSubjectRequest
        {
            Kind = DataRequestKind.Access,
            RequesterName = "Nobody Confirmed",
            RequesterEmail = People.NewEmail("unconfirmed"),
            ReceivedAt = DateTime.UtcNow.AddDays(-8),
            DueAt = DateTime.UtcNow.AddDays(-8).AddMonths(1),
            Status = DataRequestStatus.AwaitingConfirmation,
        };
        await using (var db = OpenDatabase())
        {
            db.Add(expired);
            await db.SaveChangesAsync();
        }

        var dryRun = await RunAsync(["retention-sweep", "--dry-run"]);
        Assert.True(dryRun.ExitCode == 0, dryRun.Output);
        Assert.Matches(RetentionRuns.UnconfirmedRequestsKey + @"\s+Delete .*: 1 row\(s\)", dryRun.Output);
        await using (var db = OpenDatabase())
        {
            Assert.True(await db.Set<DataSubjectRequest>().AnyAsync(r => r.Id == expired.Id));
        }

        var swept = await RunAsync(["retention-sweep"]);
        Assert.True(swept.ExitCode == 0, swept.Output);
        await using (var db = OpenDatabase())
        {
            Assert.False(await db.Set<DataSubjectRequest>().AnyAsync(r => r.Id == expired.Id));
            var run = await db.Set<RetentionSweepRun>().AsNoTracking().SingleAsync(r => !r.DryRun);
            Assert.Equal(RetentionSweepTrigger.Command, run.Trigger);
            Assert.Contains(RetentionRuns.Lines(run), line => line.Key == RetentionRuns.UnconfirmedRequestsKey && line.Rows == 1);
        }
    }

    [Fact]
    public async Task Create_key_certificate_writes_a_certificate_once_and_the_portal_encrypts_its_keys_with_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"redit-keys-{Guid.NewGuid():N}", "keys.pfx");
        var password = new Dictionary<string, string>(StringComparer.Ordinal) { ["DataProtection__CertificatePassword"] = "a certificate password" };
        try
        {
            var created = await RunAsync(["create-key-certificate", path], environment: password);
            Assert.True(created.ExitCode == 0, created.Output);
            var written = await File.ReadAllBytesAsync(path);
            using (var certificate = X509CertificateLoader.LoadPkcs12(written, "a certificate password"))
            {
                Assert.True(certificate.HasPrivateKey);
            }

            var again = await RunAsync(["create-key-certificate", path], environment: password);
            Assert.True(again.ExitCode == 0, again.Output);
            Assert.Contains("exists already", again.Output, StringComparison.Ordinal);
            Assert.Equal(written, await File.ReadAllBytesAsync(path));

            using var portal = new PortalFactory()
                .With("DataProtection:CertificatePath", path)
                .With("DataProtection:CertificatePassword", "a certificate password");
            Assert.Equal("Sign in", (await new Browserless(portal.CreateClient()).GetAsync("/account/login")).Heading);
            var keys = await portal.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
            Assert.All(keys, key => Assert.Contains("EncryptedXml", key!, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    private PortalFactory PortalOnThisDatabase() => new PortalFactory().With(TestDatabase.ConnectionStringKey, _database.ConnectionString);

    private PortalDbContext OpenDatabase()
    {
        if (TestSettings.UsePostgres)
        {
            var options = new DbContextOptionsBuilder<PostgresPortalDbContext>();
            DatabaseSetup.ConfigurePostgres(options, _database.ConnectionString);
            return new PostgresPortalDbContext(options.Options);
        }

        var sqlite = new DbContextOptionsBuilder<SqlitePortalDbContext>();
        DatabaseSetup.ConfigureSqlite(sqlite, _database.ConnectionString);
        return new SqlitePortalDbContext(sqlite.Options);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string[] arguments, string input = "", Dictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(PortalAssembly())!,
        };
        start.ArgumentList.Add(PortalAssembly());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = TestDatabase.Provider;
        start.Environment[TestDatabase.ConnectionStringKey.Replace(":", "__", StringComparison.Ordinal)] = _database.ConnectionString;
        start.Environment["Email__Smtp__Host"] = TestSettings.SmtpHost;
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        foreach (var (key, value) in environment ?? [])
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }

    // The portal as built beside this test assembly's configuration (Debug or Release).
    private static string PortalAssembly()
    {
        var testFolder = new DirectoryInfo(AppContext.BaseDirectory);
        var framework = testFolder.Name;
        var configuration = testFolder.Parent!.Name;
        var root = testFolder.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(root, "src", "RedIt.Portal", "bin", configuration, framework, "RedIt.Portal.dll");
        Assert.True(File.Exists(path), "The portal is not built at " + path);
        return path;
    }

    public void Dispose() => _database.Dispose();
}
