namespace RedIt.Portal.Features.DataRequests.Customers;

public sealed record ExportReadyView(string Token, DateTime ExpiresAt);
