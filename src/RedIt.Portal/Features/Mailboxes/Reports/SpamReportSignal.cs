using RedIt.Portal.Infrastructure.Background;

namespace RedIt.Portal.Features.Mailboxes.Reports;

// Woken when a customer hands in a report, so it is forwarded at once rather than at the next look.
public sealed class SpamReportSignal : WakeSignal;
