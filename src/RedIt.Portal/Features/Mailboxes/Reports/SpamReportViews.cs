using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Mailboxes.Reports;

// One of the customer's mailbox services, as far as reporting needs it.
public sealed record ReportableMailbox(Guid Id, Guid CustomerId, string Name, SpamFilterProvider Provider);

// What the list shows of a report: never the message.
public sealed record SpamReportRow(Guid Id, SpamVerdict Verdict, SpamReportStatus Status, DateTime ReceivedAt, DateTime? ForwardedAt, long SizeBytes, bool WaitsForSetup);

public sealed record SpamReportPage(ReportableMailbox Mailbox, bool ProviderConfigured, long MaxMessageBytes, Paged<SpamReportRow> Reports, SpamReportInput Input);

public static class SpamReportTexts
{
    public static string Status(SpamReportStatus status) => status switch
    {
        SpamReportStatus.Forwarded => "Sent to the spam filter",
        SpamReportStatus.Failed => "Could not be sent",
        _ => "Waiting to be sent",
    };

    public static string Verdict(SpamVerdict verdict) => verdict == SpamVerdict.Spam ? "Spam" : "Not spam";
}
