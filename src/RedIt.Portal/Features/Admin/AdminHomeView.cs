using RedIt.Portal.Features.Support.Incoming;
using RedIt.Portal.Infrastructure.Email;

namespace RedIt.Portal.Features.Admin;

// What the start page warns about: mail that cannot leave and a support mailbox that cannot be read.
public sealed record AdminHomeView(OutboxStatus Outbox, MailboxHealth? SupportMailbox);
