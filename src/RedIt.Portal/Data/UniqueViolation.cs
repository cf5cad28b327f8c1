using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace RedIt.Portal.Data;

// A save refused by a unique index, on either database: how two instances doing the same thing at
// once find out that the other one was first (a ticket number, a usage alert, a canned reply).
public static class UniqueViolation
{
    public static bool Is(DbUpdateException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.InnerException switch
        {
            PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
            // 2067 is SQLITE_CONSTRAINT_UNIQUE, 1555 SQLITE_CONSTRAINT_PRIMARYKEY.
            SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
            _ => false,
        };
    }
}
