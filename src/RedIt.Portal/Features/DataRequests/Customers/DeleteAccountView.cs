namespace RedIt.Portal.Features.DataRequests.Customers;

public sealed record DeleteAccountView(IReadOnlyList<ErasurePlanLine> Plan, PasswordInput Input);
