using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace RedIt.Portal.Infrastructure.Security;

public static class RateLimitSetup
{
    // Applied to the forms that take a password or send mail to an address someone typed.
    public const string Credentials = "credentials";

    // The contact form, per client IP; ContactLimits adds the limit per sender address.
    public const string Contact = "contact";

    // The domain search, per client IP: each search is a request to the domain supplier.
    public const string DomainSearch = "domain-search";

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Credentials, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.CredentialPermitsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            limiter.AddPolicy(Contact, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.ContactPermitsPerHour,
                    Window = TimeSpan.FromHours(1),
                    QueueLimit = 0,
                }));
            limiter.AddPolicy(DomainSearch, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.DomainSearchesPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
        return services;
    }
}
