namespace RedIt.Portal.Features.Accounts;

// The numbers Identity enforces and the sign-in page and the lockout mail tell people: one place,
// so what a person reads is what happens.
public static class LockoutRules
{
    public const int MaxFailedAttempts = 5;

    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(15);

    public static int DurationMinutes => (int)Duration.TotalMinutes;
}
