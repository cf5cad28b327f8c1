using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.PolicyVersions;

public sealed record PolicyAdminList(Paged<PolicyVersionSummary> Versions, IReadOnlyDictionary<int, PolicyNoticeProgress> Notices);
