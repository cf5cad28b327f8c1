using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;

namespace RedIt.Portal.Tests.Infrastructure;

// Reads every text column of every table, whatever the model says, to find where a person's
// data really is: the proof that export and erasure miss nothing.
public static class DatabaseScan
{
    public sealed record Hit(string Table, string Column, string Value);

    public static async Task<IReadOnlyList<string>> TablesAsync(PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sql = db.Database.IsNpgsql()
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        return await ReadStringsAsync(db, sql);
    }

    // Every cell of a text column that contains one of the needles, compared case-insensitively
    // (normalised e-mail addresses are stored in capitals).
    public static async Task<IReadOnlyList<Hit>> FindAsync(PortalDbContext db, IEnumerable<string> needles)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(needles);
        var wanted = needles.Where(n => !string.IsNullOrWhiteSpace(n)).ToArray();
        var hits = new List<Hit>();
        foreach (var (table, column) in await TextColumnsAsync(db))
        {
            var sql = $"SELECT CAST(\"{column}\" AS TEXT) FROM \"{table}\" WHERE \"{column}\" IS NOT NULL";
            foreach (var value in await ReadStringsAsync(db, sql))
            {
                if (wanted.Any(n => value.Contains(n, StringComparison.OrdinalIgnoreCase)))
                {
                    hits.Add(new Hit(table, column, value));
                }
            }
        }

        return hits;
    }

    // Every cell of a binary column (BLOB, bytea) that contains one of the byte strings: where
    // files are stored, to prove a deleted one left nothing behind.
    public static async Task<IReadOnlyList<(string Table, string Column)>> FindBytesAsync(PortalDbContext db, IEnumerable<byte[]> needles)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(needles);
        var wanted = needles.Where(n => n.Length > 0).ToArray();
        var hits = new List<(string, string)>();
        foreach (var (table, column) in await BinaryColumnsAsync(db))
        {
            await using var command = await CommandAsync(db, $"SELECT \"{column}\" FROM \"{table}\" WHERE \"{column}\" IS NOT NULL");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                if (reader.GetValue(0) is byte[] value && wanted.Any(n => value.AsSpan().IndexOf(n) >= 0))
                {
                    hits.Add((table, column));
                }
            }
        }

        return hits;
    }

    public static async Task<IReadOnlyList<(string Table, string Column)>> BinaryColumnsAsync(PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var columns = new List<(string, string)>();
        if (db.Database.IsNpgsql())
        {
            await using var command = await CommandAsync(db,
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type = 'bytea' ORDER BY table_name, ordinal_position");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }

            return columns;
        }

        foreach (var table in await TablesAsync(db))
        {
            await using var command = await CommandAsync(db, $"SELECT name, type FROM pragma_table_info('{table.Replace("'", "''", StringComparison.Ordinal)}')");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                if (reader.GetString(1).Contains("BLOB", StringComparison.OrdinalIgnoreCase))
                {
                    columns.Add((table, reader.GetString(0)));
                }
            }
        }

        return columns;
    }

    public static async Task<IReadOnlyList<(string Table, string Column)>> TextColumnsAsync(PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var columns = new List<(string, string)>();
        if (db.Database.IsNpgsql())
        {
            await using var command = await CommandAsync(db,
                "SELECT table_name, column_name FROM information_schema.columns " +
                "WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character') ORDER BY table_name, ordinal_position");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }

            return columns;
        }

        foreach (var table in await TablesAsync(db))
        {
            await using var command = await CommandAsync(db, $"SELECT name, type FROM pragma_table_info('{table.Replace("'", "''", StringComparison.Ordinal)}')");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var type = reader.GetString(1).ToUpperInvariant();
                if (type.Contains("TEXT", StringComparison.Ordinal) || type.Contains("CHAR", StringComparison.Ordinal) || type.Contains("CLOB", StringComparison.Ordinal))
                {
                    columns.Add((table, reader.GetString(0)));
                }
            }
        }

        return columns;
    }

    private static async Task<List<string>> ReadStringsAsync(PortalDbContext db, string sql)
    {
        var values = new List<string>();
        await using var command = await CommandAsync(db, sql);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (!await reader.IsDBNullAsync(0))
            {
                values.Add(reader.GetString(0));
            }
        }

        return values;
    }

    private static async Task<DbCommand> CommandAsync(PortalDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync();
        }

        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    public static string TableOf<T>(PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Model.FindEntityType(typeof(T))!.GetTableName()!;
    }
}
