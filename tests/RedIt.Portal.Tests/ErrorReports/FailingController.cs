using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace RedIt.Portal.Tests.ErrorReports;

// Only in ErrorReportingPortal: a page that fails, as a bug would, with a message that quotes
// someone else's e-mail address, the way a message from SMTP or the database can.
[AllowAnonymous]
[Route("test-failure")]
public sealed class FailingController : Controller
{
    public const string OtherPersonsEmail = "someone.else@example.org";

    [HttpGet]
    public IActionResult Fail() => throw new InvalidOperationException($"No mailbox for {OtherPersonsEmail} at {Request.Path} could be found");
}
