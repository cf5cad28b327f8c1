namespace RedIt.Portal.Features.DataRequests;

public sealed record ExportReadyView(string Token, DateTime ExpiresAt);
