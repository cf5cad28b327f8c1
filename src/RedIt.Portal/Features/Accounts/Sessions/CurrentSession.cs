namespace RedIt.Portal.Features.Accounts.Sessions;

// The server-side session of this request, found while the cookie was checked; null when signed out.
public sealed class CurrentSession
{
    public UserSession? Session { get; set; }
}
