using Npgsql;

namespace RedIt.Portal.Tests.Infrastructure;

// One empty database per factory: a SQLite file, or a PostgreSQL database with a unique name,
// dropped again afterwards.
public sealed class TestDatabase : IDisposable
{
    private readonly string _name = "redit_test_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _sqliteFile;

    public TestDatabase()
    {
        _sqliteFile = Path.Combine(Path.GetTempPath(), _name + ".db");
    }

    public static string Provider => TestSettings.UsePostgres ? "PostgreSql" : "Sqlite";

    public string ConnectionString => TestSettings.UsePostgres
        ? new NpgsqlConnectionStringBuilder(TestSettings.PostgresServer) { Database = _name }.ConnectionString
        : $"Data Source={_sqliteFile};Pooling=False";

    public static string ConnectionStringKey => TestSettings.UsePostgres ? "ConnectionStrings:PostgreSQL" : "ConnectionStrings:Sqlite";

    public void Dispose()
    {
        if (TestSettings.UsePostgres)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(TestSettings.PostgresServer);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
        else
        {
            File.Delete(_sqliteFile);
        }
    }
}
