namespace RedIt.Portal.Features.PolicyVersions;

// What publishing will do, shown before the confirmed post.
public sealed record PublishConfirmView(PublishPolicyInput Input, int NextNumber);
