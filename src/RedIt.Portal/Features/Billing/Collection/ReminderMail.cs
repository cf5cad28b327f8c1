using RedIt.Portal.Infrastructure.Email;

namespace RedIt.Portal.Features.Billing.Collection;

// A reminder or letter ready for the outbox, with what it stated, to keep beside it.
public sealed record ReminderMail(OutgoingMail Mail, DateOnly? LastDayToPay, decimal? CollectionCosts);
