namespace RedIt.Privacy;

public sealed record Recipient(string Name, string Role, string Country);
