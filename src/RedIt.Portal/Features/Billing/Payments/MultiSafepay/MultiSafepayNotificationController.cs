using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace RedIt.Portal.Features.Billing.Payments.MultiSafepay;

// MultiSafepay's webhook (notification_method POST). Whoever can reach the address can post to it,
// so nothing in the message is believed: the Auth header must be MultiSafepay's signature of this
// very body, recent, and then the order's status is fetched from the API itself. MultiSafepay
// wants "OK" back, or it sends the notification again.
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[Route("payments/multisafepay/notify")]
public sealed class MultiSafepayNotificationController(PaymentNotifications notifications, IOptions<MultiSafepayOptions> options, TimeProvider clock, ILogger<MultiSafepayNotificationController> log) : Controller
{
    // A notification's body is an order's JSON; far larger is not one.
    private const int MaxBodyBytes = 64 * 1024;

    [HttpPost("")]
    [RequestSizeLimit(MaxBodyBytes)]
    public async Task<IActionResult> Notify([FromQuery(Name = "transactionid")] string? transactionId)
    {
        using var buffer = new MemoryStream();
        await Request.Body.CopyToAsync(buffer, HttpContext.RequestAborted);
        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.ApiKey)
            || !MultiSafepayNotification.IsAuthentic(Request.Headers["Auth"], buffer.GetBuffer().AsSpan(0, (int)buffer.Length), settings.ApiKey, clock.GetUtcNow(), TimeSpan.FromSeconds(settings.NotificationMaxAgeSeconds)))
        {
            log.LogWarning("A MultiSafepay notification without a valid signature was refused");
            return Unauthorized();
        }

        if (string.IsNullOrWhiteSpace(transactionId))
        {
            return BadRequest();
        }

        if (await notifications.RefreshAsync(transactionId, HttpContext.RequestAborted) is null)
        {
            log.LogWarning("A MultiSafepay notification named payment {Reference}, which the portal does not know", transactionId);
        }

        return Content("OK", "text/plain");
    }
}
