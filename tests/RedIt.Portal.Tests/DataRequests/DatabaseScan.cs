using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.DataRequests;

// Looks for a value in every text column of every table, straight from the database catalog,
// so that a table the privacy rules forgot cannot hide anything.
public static class DatabaseScan
{
    public sealed record Hit(string Table, string Column, long Rows);

    public static async Task<IReadOnlyList<Hit>> FindAsync(PortalFactory portal, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var wanted = values.Select(v => v.ToLowerInvariant()).ToArray();
        return await portal.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            try
            {
                var hits = new List<Hit>();
                foreach (var (table, column) in await TextColumnsAsync(connection))
                {
                    foreach (var value in wanted)
                    {
                        await using var command = connection.CreateCommand();
                        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE lower(\"{column}\") LIKE @value";
                        var parameter = command.CreateParameter();
                        parameter.ParameterName = "@value";
                        parameter.Value = "%" + value + "%";
                        command.Parameters.Add(parameter);
                        var rows = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
                        if (rows > 0)
                        {
                            hits.Add(new Hit(table, column, rows));
                        }
                    }
                }

                return (IReadOnlyList<Hit>)hits;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });
    }

    private static async Task<List<(string Table, string Column)>> TextColumnsAsync(DbConnection connection)
    {
        var columns = new List<(string, string)>();
        if (TestSettings.UsePostgres)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT table_name, column_name FROM information_schema.columns "
                + "WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character') ORDER BY table_name, column_name";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }

            return columns;
        }

        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT name, type FROM pragma_table_info('{table}')";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                if (reader.GetString(1).Contains("TEXT", StringComparison.OrdinalIgnoreCase) || reader.GetString(1).Contains("CHAR", StringComparison.OrdinalIgnoreCase))
                {
                    columns.Add((table, reader.GetString(0)));
                }
            }
        }

        return columns;
    }

    public static string TableOf<T>(PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Model.FindEntityType(typeof(T))!.GetTableName()!;
    }
}
