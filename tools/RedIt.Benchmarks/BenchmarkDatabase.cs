using Microsoft.Data.Sqlite;
using Npgsql;

namespace RedIt.Benchmarks;

internal enum BenchmarkDatabaseKind
{
    Sqlite,
    Postgres,
}

// A database that exists only for one run: the portal's migrations create its schema, and it is
// removed afterwards, so a run never measures (or harms) data that was there before.
internal sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly string _name = "redit_bench_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string? _server;

    private readonly bool _keep;

    public BenchmarkDatabase(BenchmarkDatabaseKind kind, string? server, bool keep)
    {
        Kind = kind;
        _keep = keep;
        _server = server;
        ConnectionString = kind == BenchmarkDatabaseKind.Postgres
            ? new NpgsqlConnectionStringBuilder(server) { Database = _name }.ConnectionString
            : new SqliteConnectionStringBuilder { DataSource = SqliteFile }.ConnectionString;
    }

    public BenchmarkDatabaseKind Kind { get; }

    public string ConnectionString { get; }

    // The portal's names for its settings (Database:Provider, ConnectionStrings:...).
    public string ProviderSetting => Kind == BenchmarkDatabaseKind.Postgres ? "PostgreSql" : "Sqlite";

    public string ConnectionStringSetting => Kind == BenchmarkDatabaseKind.Postgres ? "ConnectionStrings:PostgreSQL" : "ConnectionStrings:Sqlite";

    public string Description => Kind == BenchmarkDatabaseKind.Postgres
        ? $"PostgreSQL {new NpgsqlConnectionStringBuilder(_server).Host}, database {_name}"
        : $"SQLite {SqliteFile}";

    private string SqliteFile => Path.Combine(Path.GetTempPath(), _name + ".db");

    // Made here, empty, so the database that is dropped afterwards is the one this run made.
    public async Task CreateAsync()
    {
        if (Kind == BenchmarkDatabaseKind.Postgres)
        {
            await using var connection = new NpgsqlConnection(_server);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_keep)
        {
            Console.WriteLine($"Kept: {Description}");
            return;
        }

        if (Kind == BenchmarkDatabaseKind.Postgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            return;
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { SqliteFile, SqliteFile + "-wal", SqliteFile + "-shm" })
        {
            File.Delete(file);
        }
    }
}
