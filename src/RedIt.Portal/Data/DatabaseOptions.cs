namespace RedIt.Portal.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    // SQLite serves one instance, so migrating on start is safe and makes `dotnet run` just work.
    // PostgreSQL may serve several instances: there the `migrate` command does it, once.
    public bool? MigrateOnStartup { get; set; }

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;
}
