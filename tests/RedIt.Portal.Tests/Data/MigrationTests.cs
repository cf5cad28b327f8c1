using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Data;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Data;

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "4")]
public sealed class MigrationTests(PortalFactory portal)
{
    [Fact]
    public async Task Every_migration_applies_to_an_empty_database()
    {
        var (applied, all) = await portal.WithDbAsync(async db =>
            ((await db.Database.GetAppliedMigrationsAsync()).ToList(), db.Database.GetMigrations().ToList()));
        Assert.NotEmpty(all);
        Assert.Equal(all, applied);
        Assert.Equal(PortalFactory.DatabaseProvider == "PostgreSql" ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite",
            await portal.WithDbAsync(db => Task.FromResult(db.Database.ProviderName)));
    }

    [Fact]
    public void Neither_provider_has_model_changes_without_a_migration()
    {
        var sqlite = new DbContextOptionsBuilder<SqlitePortalDbContext>();
        DatabaseSetup.ConfigureSqlite(sqlite, "Data Source=:memory:");
        using var sqliteDb = new SqlitePortalDbContext(sqlite.Options);
        Assert.False(sqliteDb.Database.HasPendingModelChanges(), "SQLite: run dotnet ef migrations add --context SqlitePortalDbContext");

        var postgres = new DbContextOptionsBuilder<PostgresPortalDbContext>();
        DatabaseSetup.ConfigurePostgres(postgres, "Host=localhost;Database=unused");
        using var postgresDb = new PostgresPortalDbContext(postgres.Options);
        Assert.False(postgresDb.Database.HasPendingModelChanges(), "PostgreSQL: run dotnet ef migrations add --context PostgresPortalDbContext");
    }

    [Fact]
    public void Data_protection_keys_live_in_the_database_so_instances_share_them()
    {
        var keys = portal.WithScope(services => services.GetRequiredService<PortalDbContext>().DataProtectionKeys.Count());
        Assert.True(keys > 0);
    }
}
