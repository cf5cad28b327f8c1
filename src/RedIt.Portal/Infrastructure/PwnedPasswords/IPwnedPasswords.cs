namespace RedIt.Portal.Infrastructure.PwnedPasswords;

public enum PwnedAnswer
{
    NotListed,
    Listed,
    NoAnswer,
}

// Have I Been Pwned's Pwned Passwords: is this password in the breach corpus?
public interface IPwnedPasswords
{
    Task<PwnedAnswer> CheckAsync(string password, CancellationToken cancellationToken = default);
}
