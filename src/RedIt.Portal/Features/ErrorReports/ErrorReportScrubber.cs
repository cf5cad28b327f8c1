using System.Text.RegularExpressions;
using Sentry;

namespace RedIt.Portal.Features.ErrorReports;

// The last look at a report before the SDK sends it. The policy (2.10) lets a report carry the
// user's IP address and e-mail address and nothing else of theirs, so whatever else the SDK
// collected about the request is removed here, whatever its own settings say:
// - the request body, cookies, headers and server variables: they hold passwords, form values,
//   the session cookie and antiforgery tokens;
// - the query string, also inside the URL: reset and confirmation links carry tokens and addresses;
// - any user field but the IP and e-mail address, and a response's headers and cookies;
// - data attached to an exception (Exception.Data) and to breadcrumbs: values, not what happened;
// - e-mail addresses in exception and log messages other than the user's own: a message may
//   quote what someone typed, or another person's address from the database or SMTP.
// Events the portal did not capture itself (see ErrorReportRecorder) are dropped whole: each
// report that leaves has its own row and disclosure.
public static partial class ErrorReportScrubber
{
    public const string ReportTag = "report";
    public const string ReferenceTag = "reference";
    private const string Blanked = "[e-mail address]";

    public static SentryEvent? BeforeSend(SentryEvent report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!report.Tags.ContainsKey(ReportTag))
        {
            return null;
        }

        var email = report.User.Email;
        var ipAddress = report.User.IpAddress;
        report.User = new SentryUser { Email = email, IpAddress = ipAddress };

        var request = report.Request;
        request.Data = null;
        request.Cookies = null;
        request.QueryString = null;
        request.Headers.Clear();
        request.Env.Clear();
        request.Other.Clear();
        if (request.Url is { } url)
        {
            request.Url = WithoutQuery(url);
        }

        if (report.Contexts.Response is { } response)
        {
            response.Cookies = null;
            response.Headers.Clear();
            response.Data = null;
        }

        if (report.Message is { } message)
        {
            message.Message = Scrub(message.Message, email);
            message.Formatted = Scrub(message.Formatted, email);
            message.Params = null;
        }

        foreach (var exception in report.SentryExceptions ?? [])
        {
            exception.Value = Scrub(exception.Value, email);
            exception.Mechanism?.Data.Clear();
        }

        return report;
    }

    // Breadcrumbs keep what happened and drop with what: their data holds URLs with query strings
    // and query parameters.
    public static Breadcrumb BeforeBreadcrumb(Breadcrumb breadcrumb)
    {
        ArgumentNullException.ThrowIfNull(breadcrumb);
        // Called as the breadcrumb is added, so the new one's time is the same moment.
        return new Breadcrumb(Scrub(breadcrumb.Message, null)!, breadcrumb.Type!, null, breadcrumb.Category, breadcrumb.Level);
    }

    // Blanks every e-mail address but `keep`, the one the report is about.
    public static string? Scrub(string? text, string? keep) =>
        text is null ? null : EmailAddress().Replace(text, match =>
            keep is not null && string.Equals(match.Value, keep, StringComparison.OrdinalIgnoreCase) ? match.Value : Blanked);

    private static string WithoutQuery(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        return end < 0 ? url : url[..end];
    }

    [GeneratedRegex(@"[^\s@<>""'(),;:\[\]]+@[^\s@<>""'(),;:\[\]]+\.[^\s@<>""'(),;:\[\]]+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();
}
