namespace RedIt.Portal.Features.ErrorReports;

// The portal's own copy of an error report (2.10): the IP address and e-mail address the policy
// names, and a message that never holds a password or a form body.
public class ErrorReport
{
    public Guid Id { get; set; }

    public DateTime At { get; set; }

    public Guid? PersonId { get; set; }

    public string? Email { get; set; }

    public string IpAddress { get; set; } = "";

    public ErrorReportKind Kind { get; set; }

    public string Message { get; set; } = "";

    // The reference shown to the visitor on the error page, to find this report when they call.
    public string Reference { get; set; } = "";
}
