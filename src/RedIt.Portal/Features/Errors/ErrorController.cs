using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using RedIt.Portal.Features.ErrorReports;
using RedIt.Portal.Infrastructure.Logging;
using RedIt.Portal.Infrastructure.Security;

namespace RedIt.Portal.Features.Errors;

// The person sees a reference and nothing of the failure; the log line with the same
// reference tells developers what happened, and so does the error report (2.10) when one is sent.
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorController(ILogger<ErrorController> logger, ErrorReportRecorder reports) : Controller
{
    [Route("/error")]
    public async Task<IActionResult> Error()
    {
        // Opened by hand, not by a failure: there is nothing to report.
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not { } failure)
        {
            return Status(StatusCodes.Status404NotFound);
        }

        logger.LogError("Unhandled {Exception} on {Path}, reference {Reference}", ExceptionSummary.Of(failure.Error), failure.Path, HttpContext.TraceIdentifier);
        await reports.ExceptionAsync(HttpContext, failure.Error);

        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("Error", new ErrorView(HttpContext.TraceIdentifier, StatusCodes.Status500InternalServerError));
    }

    [Route("/error/{status:int}")]
    public IActionResult Status(int status)
    {
        Response.StatusCode = status;
        if (HttpContext.Features.Get<HttpsRequired>() is { } https)
        {
            return View("HttpsRequired", https);
        }

        return View("Error", new ErrorView(HttpContext.TraceIdentifier, status));
    }
}

public sealed record ErrorView(string Reference, int Status);
