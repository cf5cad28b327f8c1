using RedIt.Portal.Infrastructure.Background;

namespace RedIt.Portal.Features.PolicyVersions;

// Set when a significant version is published, so its notices are queued at once.
public sealed class PolicyNoticeSignal : WakeSignal;
