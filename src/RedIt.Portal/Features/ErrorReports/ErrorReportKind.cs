namespace RedIt.Portal.Features.ErrorReports;

public enum ErrorReportKind
{
    Exception,
    FailedLogin,
}
