using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace RedIt.Portal.Features.Calls;

// Per API key (its hash, so the key itself is never held as a partition name); a request without
// a key counts against its client address. The limiter runs before authentication, so an unknown
// key is limited the same way and cannot be used to guess keys quickly.
internal sealed class PhoneSystemRateLimit(IOptions<CallsOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "phone-system";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, cancellationToken) =>
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await response.WriteAsJsonAsync(
            new ProblemDetails { Status = 429, Title = "Too many requests for this API key; try again later." },
            options: null,
            contentType: "application/problem+json",
            cancellationToken: cancellationToken);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var key = PhoneSystemKeys.From(httpContext.Request);
        var partition = key is null ? "ip:" + httpContext.Connection.RemoteIpAddress : "key:" + PhoneSystemKeys.Hash(key);
        return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.PermitsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}
