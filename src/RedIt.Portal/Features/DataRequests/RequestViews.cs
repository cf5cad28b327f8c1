using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.AuditLog;

namespace RedIt.Portal.Features.DataRequests;

public sealed record RequestQueueView(IReadOnlyList<DataSubjectRequest> Requests, string Show, int Page, int Total, DateTime Now)
{
    public bool HasPrevious => Page > 1;

    public bool HasNext => Page * RequestsAdminController.PageSize < Total;
}

public sealed record RequestDetailView(
    DataSubjectRequest Request,
    PortalUser? Account,
    IReadOnlyList<PortalUser> Matches,
    IReadOnlyList<AuditLogEntry> History,
    DateTime Now,
    string? Message);

public sealed record RequestFormView<TInput>(DataSubjectRequest Request, TInput Input);

public sealed record ErasureView(DataSubjectRequest Request, IReadOnlyList<ErasurePlanLine> Plan, ConfirmErasureInput Input);
