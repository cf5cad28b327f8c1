using RedIt.Privacy;

namespace RedIt.Portal.Features.Retention;

public sealed record RetentionSweepRunLine(string Key, string Category, Erasure Action, DateTime Cutoff, int Rows, string? Failure = null);
