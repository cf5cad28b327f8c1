namespace RedIt.Portal.Features.DataRequests;

// One readable line of an erasure plan: rows of one category that meet the same fate.
public sealed record ErasurePlanLine(string Category, string Action, int Rows, DateTime? KeepUntil, string Reason);
