namespace RedIt.Portal.Features.DataRequests;

public sealed record ConfirmRequestView(Guid Id, string? Code);
