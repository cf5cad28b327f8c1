using System.Globalization;

namespace RedIt.Portal.Features.Calls;

// The English words (and resource keys) for the calls' enum values and durations.
public static class CallTexts
{
    public static string Direction(CallDirection direction) => direction == CallDirection.Inbound ? "Incoming" : "Outgoing";

    public static string Status(CallStatus status) => status switch
    {
        CallStatus.Ringing => "Ringing",
        CallStatus.Answered => "In progress",
        CallStatus.Ended => "Ended",
        _ => "Missed",
    };

    public static string Duration(int? seconds) =>
        seconds is { } s ? TimeSpan.FromSeconds(s).ToString(s >= 3600 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture) : "";
}
