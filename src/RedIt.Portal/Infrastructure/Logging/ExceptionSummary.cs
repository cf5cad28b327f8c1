using System.Text;

namespace RedIt.Portal.Infrastructure.Logging;

// What the logs say about a failure: the exception types and where they were thrown, without
// their messages, which may quote an e-mail address (SMTP) or a value from the database.
public static class ExceptionSummary
{
    public static string Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var summary = new StringBuilder();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (summary.Length > 0)
            {
                summary.Append(" <- ");
            }

            summary.Append(current.GetType().FullName);
        }

        return summary.Append('\n').Append(exception.StackTrace).ToString();
    }
}
