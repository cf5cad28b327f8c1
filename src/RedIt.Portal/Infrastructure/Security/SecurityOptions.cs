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

    // Contact form messages per hour, per client IP and, apart from that, per sender address:
    // enough for a person with a follow-up question, too few to flood the desk.
    public int ContactPermitsPerHour { get; set; } = 10;

    // Domain searches per minute, per client IP: a person trying names, not a script walking a list.
    public int DomainSearchesPerMinute { get; set; } = 30;
}
