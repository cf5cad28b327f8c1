namespace RedIt.Portal.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
