namespace RedIt.Privacy;

// Failure names the exception type when this category could not be swept; the others still were.
public sealed record RetentionSweepLine(string Key, string Category, Erasure Action, DateTime Cutoff, int Rows, string? Failure = null);
