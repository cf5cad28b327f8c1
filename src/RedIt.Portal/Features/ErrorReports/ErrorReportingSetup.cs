using System.Reflection;
using Sentry.AspNetCore;

namespace RedIt.Portal.Features.ErrorReports;

public static class ErrorReportingSetup
{
    public static WebApplicationBuilder AddErrorReporting(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(ErrorReportingOptions.Section);
        builder.Services.AddOptions<ErrorReportingOptions>().Bind(section);
        builder.Services.AddSingleton<ErrorReportRecorder>();
        var options = section.Get<ErrorReportingOptions>() ?? new ErrorReportingOptions();
        // Without a DSN the SDK is never initialised: its hub is process-wide, and a portal that
        // reports nothing should neither pay for it nor touch another's.
        if (!options.Enabled)
        {
            return builder;
        }

        var environment = builder.Environment.EnvironmentName;
        builder.UseSentry(sentry => Configure(sentry, options, environment));
        return builder;
    }

    private static void Configure(SentryAspNetCoreOptions sentry, ErrorReportingOptions options, string environment)
    {
        sentry.Dsn = options.Dsn.Trim();
        sentry.Environment = options.Environment.Length > 0 ? options.Environment : environment;
        sentry.Release = options.Release.Length > 0 ? options.Release : Release();

        // The user's IP and e-mail address are set by ErrorReportRecorder, and nothing else of
        // the request is collected; ErrorReportScrubber removes what the SDK adds regardless.
        sentry.SendDefaultPii = false;
        sentry.MaxRequestBodySize = Sentry.Extensibility.RequestSize.None;
        sentry.IncludeActivityData = false;
        sentry.SetBeforeSend((report, _) => ErrorReportScrubber.BeforeSend(report));
        sentry.SetBeforeBreadcrumb((breadcrumb, _) => ErrorReportScrubber.BeforeBreadcrumb(breadcrumb));

        // Only the reports themselves: no sessions, traces, logs or counts of dropped events, and
        // no handler in the portal's own HTTP clients to the other third parties.
        sentry.AutoSessionTracking = false;
        sentry.SendClientReports = false;
        sentry.TracesSampleRate = 0;
        sentry.EnableLogs = false;
        sentry.CaptureFailedRequests = false;
        sentry.DisableSentryHttpMessageHandler = true;
        sentry.MinimumEventLevel = LogLevel.None;
        sentry.MinimumBreadcrumbLevel = LogLevel.None;
    }

    private static string Release()
    {
        var assembly = typeof(ErrorReportingSetup).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version?.ToString() ?? "0";
        return "redit-portal@" + version;
    }
}
