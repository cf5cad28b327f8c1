namespace RedIt.Portal.Features.Accounts.Sessions;

// One sign-in, kept on the server so that signing out, a new password or a time limit ends it
// for certain: a copied cookie names a session, and a session that has ended lets nobody in.
public class UserSession
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime LastSeenAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public int IdleMinutes { get; set; }

    // When the password was last typed in this session: at sign-in, or on the confirm-password page.
    public DateTime PasswordConfirmedAt { get; set; }

    public DateTime? EndedAt { get; set; }

    public SessionEnd? EndReason { get; set; }
}
