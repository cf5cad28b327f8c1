namespace RedIt.Privacy;

public sealed record ErasureResult(int Deleted, int Anonymised, int Kept);
