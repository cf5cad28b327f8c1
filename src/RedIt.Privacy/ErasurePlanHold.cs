namespace RedIt.Privacy;

// The legal hold that keeps a row out of an erasure, as the plan names it.
public sealed record ErasurePlanHold(Guid Id, string Reason, DateTime PlacedAt, DateTime? Until);
