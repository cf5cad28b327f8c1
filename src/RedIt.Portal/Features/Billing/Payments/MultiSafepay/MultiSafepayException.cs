using System.Net;

namespace RedIt.Portal.Features.Billing.Payments.MultiSafepay;

// MultiSafepay refused a request (its error_code and error_info), answered something the client
// cannot read, or did not answer at all. The message names the request, never what was sent.
public sealed class MultiSafepayException(string message, int? errorCode = null, HttpStatusCode? statusCode = null, Exception? inner = null)
    : Exception(message, inner)
{
    // MultiSafepay's error code, e.g. 1001 "Invalid amount" or 1032 "Invalid API key"; null when it gave none.
    public int? ErrorCode { get; } = errorCode;

    // Null when no answer came.
    public HttpStatusCode? StatusCode { get; } = statusCode;

    // Worth trying again later: no answer, a server error or a throttle. A refusal of the request
    // itself answers the same the next time.
    public bool IsTransient => StatusCode is null or HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)StatusCode >= 500;
}
