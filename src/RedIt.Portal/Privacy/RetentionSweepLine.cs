namespace RedIt.Portal.Privacy;

public sealed record RetentionSweepLine(string Key, string Category, Erasure Action, DateTime Cutoff, int Rows);
