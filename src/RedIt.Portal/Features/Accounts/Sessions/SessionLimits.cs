namespace RedIt.Portal.Features.Accounts.Sessions;

// How long a sign-in lasts (ASVS 3.3). Staff see everyone's data, so an unattended staff screen
// closes sooner than a customer's.
public static class SessionLimits
{
    public static readonly TimeSpan Absolute = TimeSpan.FromHours(12);

    public static readonly TimeSpan StaffIdle = TimeSpan.FromMinutes(30);

    public static readonly TimeSpan CustomerIdle = TimeSpan.FromHours(4);

    // Pages that change how a person signs in, or hand out everyone's data, ask for the password
    // again when it was last entered longer ago than this.
    public static readonly TimeSpan RecentPassword = TimeSpan.FromMinutes(10);

    // Last-seen is written at most this often, so an ordinary page view costs a read, not a write.
    public static readonly TimeSpan LastSeenPrecision = TimeSpan.FromMinutes(1);
}
