namespace RedIt.Portal.Features.Accounts.Sessions;

// Why a session stopped working; stored as text.
public enum SessionEnd
{
    SignedOut,
    IdleTooLong,
    Expired,
    PasswordChanged,
    PasswordReset,
    AccountRecovered,
}
