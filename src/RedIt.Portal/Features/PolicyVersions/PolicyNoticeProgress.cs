namespace RedIt.Portal.Features.PolicyVersions;

// What an admin sees of the mailing of a significant version.
public sealed record PolicyNoticeProgress(int Queued, bool Finished);
