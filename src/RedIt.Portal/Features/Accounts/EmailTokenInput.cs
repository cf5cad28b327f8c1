namespace RedIt.Portal.Features.Accounts;

// The parts of an e-mailed link. Opening the link shows a button; only pressing it (a POST)
// acts, so a mail scanner that follows links confirms nothing.
public sealed class EmailTokenInput
{
    public string? UserId { get; set; }

    public string? Code { get; set; }

    public string? Email { get; set; }
}
