using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using RedIt.Portal.Infrastructure.Security;

namespace RedIt.Portal.Features.Contact;

// The per-address half of the contact form's limits (the per-IP half is the "contact" policy of
// RateLimitSetup). The address is in the form body, which a rate-limit policy cannot read, so the
// controller asks here once the form is bound. One per instance, like the other limits.
public sealed class ContactLimits(IOptions<SecurityOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAddress = PartitionedRateLimiter.Create<string, string>(
        address => RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.ContactPermitsPerHour,
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
        }),
        StringComparer.Ordinal);

    public bool TryAcquire(string email)
    {
        using var lease = _perAddress.AttemptAcquire(email.Trim().ToUpperInvariant());
        return lease.IsAcquired;
    }

    public void Dispose() => _perAddress.Dispose();
}
