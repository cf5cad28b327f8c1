using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.DataRequests.Admin;

public sealed record RequestQueueView(Paged<DataSubjectRequest> Requests, string Show, DateTime Now);

public sealed record RequestDetailView(
    DataSubjectRequest Request,
    PortalUser? Account,
    IReadOnlyList<PortalUser> Matches,
    IReadOnlyList<AuditLogEntry> History,
    DateTime Now);

public sealed record RequestFormView<TInput>(DataSubjectRequest Request, TInput Input);

public sealed record ErasureView(DataSubjectRequest Request, IReadOnlyList<ErasurePlanLine> Plan, ConfirmErasureInput Input);
