using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace RedIt.Portal.Data;

public static class DatabaseSetup
{
    // Both provider contexts are registered; configuration decides, when a context is first
    // asked for, which one serves as PortalDbContext.
    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.AddScoped<Numbers.NumberSequences>();
        services.AddDbContext<PostgresPortalDbContext>(db => ConfigurePostgres(db,
            configuration.GetConnectionString("PostgreSQL")
            ?? throw new InvalidOperationException("Database:Provider is PostgreSQL but ConnectionStrings:PostgreSQL is not set.")));
        services.AddDbContext<SqlitePortalDbContext>(db => ConfigureSqlite(db,
            SqliteConnectionString(configuration.GetConnectionString("Sqlite"), contentRoot)));
        services.AddScoped<PortalDbContext>(provider =>
            provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.PostgreSql
                ? provider.GetRequiredService<PostgresPortalDbContext>()
                : provider.GetRequiredService<SqlitePortalDbContext>());
        return services;
    }

    public static void ConfigurePostgres(DbContextOptionsBuilder db, string connectionString) =>
        db.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"));

    public static void ConfigureSqlite(DbContextOptionsBuilder db, string connectionString) =>
        db.UseSqlite(connectionString);

    // A relative data source lives under the app's own App_Data folder, created when missing.
    public static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(configured ?? "Data Source=App_Data/redit-portal.db");
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        }

        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return builder.ToString();
    }
}
