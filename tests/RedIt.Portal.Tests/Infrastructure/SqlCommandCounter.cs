using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RedIt.Portal.Tests.Infrastructure;

// Counts the SQL commands sent while a count is open on the current flow of execution: a test's
// own calls to the engine, or one request to the portal (CountingPortalFactory opens the count for
// it). The outbox dispatcher and the other background workers poll on flows of their own, so
// their queries never land in a count.
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private static readonly AsyncLocal<SqlCount?> _current = new();

    public static SqlCommandCounter Instance { get; } = new();

    // Counts until disposed; code awaited from here on, however deep, is counted.
    public static SqlCount Start()
    {
        var count = new SqlCount(_current.Value);
        _current.Value = count;
        return count;
    }

    internal static void Restore(SqlCount? previous) => _current.Value = previous;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    private static void Count(DbCommand command) => _current.Value?.Add(command.CommandText);
}

public sealed class SqlCount : IDisposable
{
    private readonly ConcurrentQueue<string> _commands = new();
    private readonly SqlCount? _previous;

    internal SqlCount(SqlCount? previous)
    {
        _previous = previous;
    }

    public int Commands => _commands.Count;

    // The statements themselves, for the message of a failing budget.
    public IReadOnlyList<string> Texts => [.. _commands];

    public void Dispose() => SqlCommandCounter.Restore(_previous);

    public override string ToString() =>
        $"{Commands} SQL commands:{Environment.NewLine}{string.Join(Environment.NewLine + "---" + Environment.NewLine, _commands)}";

    internal void Add(string commandText)
    {
        _commands.Enqueue(commandText);
        _previous?.Add(commandText);
    }
}
