namespace RedIt.Portal.Infrastructure.Email;

public sealed class EmailOptions
{
    public const string Section = "Email";

    public string From { get; set; } = "portal@red-it.nl";

    public string FromName { get; set; } = "RED-IT";

    public SmtpOptions Smtp { get; set; } = new();

    public sealed class SmtpOptions
    {
        // Empty means: no SMTP server, mail goes to the development mailbox (Development only).
        public string? Host { get; set; }

        public int Port { get; set; } = 25;

        public string? UserName { get; set; }

        public string? Password { get; set; }

        // Auto: STARTTLS when the server offers it. None is for loopback test servers only.
        public string Security { get; set; } = "Auto";
    }
}
