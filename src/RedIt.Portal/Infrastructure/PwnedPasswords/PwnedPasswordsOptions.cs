namespace RedIt.Portal.Infrastructure.PwnedPasswords;

public sealed class PwnedPasswordsOptions
{
    public const string Section = "Security:PwnedPasswords";

    // Off by default: the portal then needs nothing outside itself, and the offline list applies alone.
    public bool Enabled { get; set; }

    public string BaseUrl { get; set; } = "https://api.pwnedpasswords.com";

    // A sign-up waits at most this long; a slower answer counts as no answer.
    public double TimeoutSeconds { get; set; } = 2;
}
