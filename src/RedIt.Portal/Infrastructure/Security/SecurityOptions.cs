namespace RedIt.Portal.Infrastructure.Security;

public sealed class SecurityOptions
{
    public const string Section = "Security";

    // Secure cookies and the HTTPS redirect are on everywhere but on a developer's plain-HTTP machine.
    public bool AllowInsecureCookies { get; set; }

    public bool RedirectToHttps { get; set; } = true;

    // Staff see everyone's data: outside Development they cannot work without a second factor.
    public bool RequireStaffTwoFactor { get; set; } = true;

    // Per client IP, for sign-in, sign-up and password reset.
    public int CredentialPermitsPerMinute { get; set; } = 10;
}
