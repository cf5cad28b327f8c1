using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Disclosures;
using RedIt.Portal.Privacy;
using Sentry;

namespace RedIt.Portal.Features.ErrorReports;

// Sends an error or a failed sign-in to the error-reporting service (2.10), keeping the portal's
// own copy (ErrorReport) and, when the report names an account, the disclosure to that person.
// The row and disclosure are written when the report is handed to the SDK, not when the service
// confirms it: the SDK's own transport sends it from a background queue, and retries or drops it
// on its own. Without a DSN nothing is sent or written; the SDK is not even registered then.
public sealed class ErrorReportRecorder(
    IServiceScopeFactory scopes,
    IOptions<ErrorReportingOptions> options,
    TimeProvider clock,
    ILogger<ErrorReportRecorder> log,
    IHub? hub = null)
{
    public const string Purpose = "Finding and fixing errors, and tracing failed sign-in attempts (2.10)";
    public const string LegalGround = "Legitimate interest (GDPR art. 6(1)(f)): keeping the portal working and its accounts safe";

    private const int MessageLength = 2000;

    public bool Enabled => options.Value.Enabled && hub is not null;

    // The typed address and the caller's IP address, never the password.
    public Task<ErrorReport?> FailedSignInAsync(HttpContext http, string typedEmail, Guid? accountId, string reason)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentException.ThrowIfNullOrWhiteSpace(typedEmail);
        var message = "Failed sign-in: " + reason;
        return ReportAsync(http, ErrorReportKind.FailedLogin, accountId, typedEmail.Trim(), message, new SentryEvent
        {
            Message = message,
            Level = SentryLevel.Warning,
        });
    }

    public async Task<ErrorReport?> ExceptionAsync(HttpContext http, Exception error)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(error);
        if (!Enabled)
        {
            return null;
        }

        var personId = Guid.TryParse(http.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : (Guid?)null;
        var email = personId is null ? null : await EmailOfAsync(personId.Value);
        var message = error.GetType().FullName + ": " + ErrorReportScrubber.Scrub(error.Message, email);
        return await ReportAsync(http, ErrorReportKind.Exception, personId, email, message, new SentryEvent(error) { Level = SentryLevel.Error });
    }

    private async Task<ErrorReport?> ReportAsync(HttpContext http, ErrorReportKind kind, Guid? personId, string? email, string message, SentryEvent report)
    {
        if (!Enabled)
        {
            return null;
        }

        var row = new ErrorReport
        {
            Id = Guid.NewGuid(),
            At = clock.GetUtcNow().UtcDateTime,
            PersonId = personId,
            Email = email,
            IpAddress = http.Connection.RemoteIpAddress?.ToString() ?? "",
            Kind = kind,
            Message = message.Length > MessageLength ? message[..MessageLength] : message,
            Reference = http.TraceIdentifier.Length > 64 ? http.TraceIdentifier[..64] : http.TraceIdentifier,
        };
        var saved = await SaveAsync(row);

        // A report whose copy could not be saved (the database may be what failed) still leaves,
        // so the error is seen, but without the IP and e-mail address: nothing of a person leaves
        // without its record.
        hub!.CaptureEvent(report, scope =>
        {
            scope.User = saved ? new SentryUser { IpAddress = row.IpAddress.Length > 0 ? row.IpAddress : null, Email = row.Email } : new SentryUser();
            scope.SetTag(ErrorReportScrubber.ReportTag, kind.ToString());
            scope.SetTag(ErrorReportScrubber.ReferenceTag, row.Reference);
        });
        return saved ? row : null;
    }

    // In a scope of its own: the request's DbContext may hold the failed request's changes.
    private async Task<bool> SaveAsync(ErrorReport row)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.Add(row);
            if (row.PersonId is { } personId)
            {
                string[] items = row.Email is null ? ["IP address"] : ["IP address", "e-mail address"];
                var what = row.Kind == ErrorReportKind.FailedLogin ? "Failed sign-in" : "Error";
                await scope.ServiceProvider.GetRequiredService<DisclosureLog>()
                    .RecordAsync(personId, Recipients.ErrorReporting.Name, items, Purpose, LegalGround, reference: $"{what}, reference {row.Reference}");
            }
            else
            {
                await db.SaveChangesAsync();
            }

            return true;
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            log.LogWarning("The copy of error report {Reference} could not be saved ({Error}); it is sent without the person's details", row.Reference, e.GetType().Name);
            return false;
        }
    }

    private async Task<string?> EmailOfAsync(Guid personId)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users
                .Where(u => u.Id == personId).Select(u => u.Email).SingleOrDefaultAsync();
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
        {
            return null;
        }
    }
}
