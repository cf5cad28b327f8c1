namespace RedIt.Portal.Features.DataRequests;

public sealed record DeleteAccountView(IReadOnlyList<ErasurePlanLine> Plan, PasswordInput Input);
