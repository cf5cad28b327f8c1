namespace RedIt.Portal.Features.DataRequests.PublicForm;

public sealed record ConfirmRequestView(Guid Id, string? Code);
