using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace RedIt.Portal.Data;

// `dotnet ef migrations add` builds the model through these, without starting the web host.
// The connection strings are never opened when adding a migration.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePortalDbContext>
{
    public SqlitePortalDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqlitePortalDbContext>();
        DatabaseSetup.ConfigureSqlite(options, "Data Source=design-time.db");
        return new SqlitePortalDbContext(options.Options);
    }
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPortalDbContext>
{
    public PostgresPortalDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresPortalDbContext>();
        DatabaseSetup.ConfigurePostgres(options, "Host=localhost;Database=redit_design_time");
        return new PostgresPortalDbContext(options.Options);
    }
}
