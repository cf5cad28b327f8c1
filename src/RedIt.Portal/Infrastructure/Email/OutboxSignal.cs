using RedIt.Portal.Infrastructure.Background;

namespace RedIt.Portal.Infrastructure.Email;

// Set when a mail is queued, so it leaves within a moment rather than at the next poll.
public sealed class OutboxSignal : WakeSignal;
