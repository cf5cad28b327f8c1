namespace RedIt.Privacy.Tests;

// The database test.sh chose for this run, passed in through the environment as for the portal's tests.
public static class TestSettings
{
    public static bool UsePostgres =>
        string.Equals(Environment.GetEnvironmentVariable("REDIT_TEST_DATABASE"), "postgres", StringComparison.OrdinalIgnoreCase);

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("REDIT_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres";
}
