using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace RedIt.Portal.Data;

public static class DatabaseSetup
{
    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));

        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            var connectionString = configuration.GetConnectionString("PostgreSQL")
                ?? throw new InvalidOperationException("Database:Provider is PostgreSQL but ConnectionStrings:PostgreSQL is not set.");
            services.AddDbContext<PortalDbContext, PostgresPortalDbContext>(db => ConfigurePostgres(db, connectionString));
        }
        else
        {
            var connectionString = SqliteConnectionString(configuration.GetConnectionString("Sqlite"), contentRoot);
            services.AddDbContext<PortalDbContext, SqlitePortalDbContext>(db => ConfigureSqlite(db, connectionString));
        }

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
