namespace RedIt.Portal.Tests.Infrastructure;

// What test.sh started for the tests, passed in through the environment. Nothing here is
// optional: a test that needs PostgreSQL or SMTP fails loudly when it is missing.
public static class TestSettings
{
    public static bool UsePostgres =>
        string.Equals(Environment.GetEnvironmentVariable("REDIT_TEST_DATABASE"), "postgres", StringComparison.OrdinalIgnoreCase);

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("REDIT_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres";

    public static string SmtpHost => Environment.GetEnvironmentVariable("REDIT_TEST_SMTP_HOST") ?? "127.0.0.1";

    public static int SmtpPort => int.Parse(Environment.GetEnvironmentVariable("REDIT_TEST_SMTP_PORT") ?? "2525", System.Globalization.CultureInfo.InvariantCulture);

    public static string Maildir => Environment.GetEnvironmentVariable("REDIT_TEST_MAILDIR") ?? "/tmp/redit-test/maildir";

    public static string Chromium => Environment.GetEnvironmentVariable("REDIT_TEST_CHROMIUM") ?? "/usr/bin/chromium";

    public static string ImapHost => Environment.GetEnvironmentVariable("REDIT_TEST_IMAP_HOST") ?? "127.0.0.1";

    public static int ImapPort => int.Parse(Environment.GetEnvironmentVariable("REDIT_TEST_IMAP_PORT") ?? "1143", System.Globalization.CultureInfo.InvariantCulture);

    public static string ImapPassword => Environment.GetEnvironmentVariable("REDIT_TEST_IMAP_PASSWORD") ?? "redit-test-mailbox";

    // Pebble, Let's Encrypt's test server, as test.sh starts it; without it the ACME tests fail.
    public static string AcmeDirectory => Environment.GetEnvironmentVariable("REDIT_TEST_ACME_DIRECTORY") is { Length: > 0 } directory
        ? directory
        : throw new InvalidOperationException("REDIT_TEST_ACME_DIRECTORY is not set: the Let's Encrypt tests need Pebble. Run them through ./test.sh, or start the services with REDIT_TEST_ONLY_SERVICES=1 ./test.sh and export what it prints.");

    public static string AcmeRoot => Environment.GetEnvironmentVariable("REDIT_TEST_ACME_ROOT") is { Length: > 0 } root
        ? root
        : throw new InvalidOperationException("REDIT_TEST_ACME_ROOT is not set: it names the CA file of Pebble's HTTPS certificate, which test.sh exports with REDIT_TEST_ACME_DIRECTORY.");
}
