namespace RedIt.Portal.Features.Accounts;

// Length is what makes a password strong; composition rules only make people write them down
// (NIST SP 800-63B, OWASP ASVS 2.1).
public static class PasswordRules
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;
}
