using Microsoft.EntityFrameworkCore;
using Quartz;

namespace RedIt.Portal.Infrastructure.Jobs;

// Quartz's ADO.NET job store needs tables EF migrations know nothing about. The `migrate` command
// creates them, so the running portal never needs the right to create tables.
//
// The scripts are the ones the Quartz package embeds for its own CreateIfMissing provisioning:
// written for exactly the installed version (the store refuses a schema of another version), and
// idempotent, so running them on every migrate only adds what an upgrade of Quartz brought.
public static class JobStoreSchema
{
    public const string TablePrefix = "QRTZ_";

    public static readonly IReadOnlyList<string> Tables =
    [
        "qrtz_job_details", "qrtz_triggers", "qrtz_simple_triggers", "qrtz_cron_triggers", "qrtz_simprop_triggers",
        "qrtz_blob_triggers", "qrtz_calendars", "qrtz_paused_trigger_grps", "qrtz_paused_job_grps", "qrtz_fired_triggers",
        "qrtz_scheduler_state", "qrtz_locks", "qrtz_execution_history", "qrtz_misfire_history", "qrtz_job_status",
    ];

    private const string Separator = "--;;";

    public static async Task EnsureCreatedAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var dialect = db.Database.IsNpgsql() ? "postgres" : "sqlite";
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            foreach (var statement in await StatementsAsync(dialect, cancellationToken))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = statement;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    public static async Task<IReadOnlyList<string>> StatementsAsync(string dialect, CancellationToken cancellationToken = default)
    {
        var assembly = typeof(IScheduler).Assembly;
        var name = $"Quartz.Impl.AdoJobStore.Schema.create_{dialect}.sql";
        await using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The Quartz package no longer embeds {name}; take the schema script of the installed Quartz version instead.");
        using var reader = new StreamReader(stream);
        var script = (await reader.ReadToEndAsync(cancellationToken))
            .Replace("{0}", TablePrefix, StringComparison.Ordinal)
            .Replace("{1}", TablePrefix, StringComparison.Ordinal);
        return script.Split(["\n" + Separator + "\n", "\r\n" + Separator + "\r\n"], StringSplitOptions.None)
            .Where(part => part.Split('\n').Any(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith("--", StringComparison.Ordinal)))
            .ToArray();
    }
}
