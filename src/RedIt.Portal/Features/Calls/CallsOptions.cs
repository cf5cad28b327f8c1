namespace RedIt.Portal.Features.Calls;

// "Calls" in appsettings: how hard one phone system may knock, and how big a recording may be.
public sealed class CallsOptions
{
    public const string Section = "Calls";

    // Per API key: a busy PBX looks up a caller and reports three events per call, so 600 a
    // minute leaves room for a hundred calls a minute without letting a leaked key page through
    // every number.
    public int PermitsPerMinute { get; set; } = 600;

    public long MaxRecordingBytes { get; set; } = 50L * 1024 * 1024;
}
