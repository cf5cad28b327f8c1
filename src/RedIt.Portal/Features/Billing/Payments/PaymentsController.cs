using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Billing.Payments;

// Paying an invoice: off to the provider's page, and back to the invoice with what came of it.
[Authorize(Roles = PortalRoles.Customer)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PaymentsController(PaymentStarter starter, PaymentNotifications notifications, PortalDbContext db) : Controller
{
    [HttpPost("profile/invoices/{number}/pay")]
    public async Task<IActionResult> Pay(string number)
    {
        var result = await starter.StartAsync(Me(), number, HttpContext.RequestAborted);
        if (result is null)
        {
            return NotFound();
        }

        if (result.Url is { } url)
        {
            return Redirect(url.ToString());
        }

        this.Notify(result.Refusal!);
        return Redirect("/profile/invoices/" + Uri.EscapeDataString(number));
    }

    // The provider sends the customer here whether they paid, cancelled or closed the page; the
    // provider is asked, as its notification may not have arrived yet.
    [HttpGet("payments/return/{reference}")]
    public async Task<IActionResult> Return(string reference)
    {
        var me = Me();
        var number = await db.Set<PaymentRecord>().Where(p => p.Reference == reference && p.Invoice.CustomerId == me)
            .Select(p => p.Invoice.Number).SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (number is null)
        {
            return NotFound();
        }

        this.Notify(await notifications.RefreshAsync(reference, HttpContext.RequestAborted) switch
        {
            PaymentStatus.Completed => "Thank you, your payment was received.",
            PaymentStatus.Failed => "The payment was not completed. You can try again, or pay by bank transfer.",
            _ => "Your payment is being processed. The invoice shows as paid as soon as the payment provider confirms it.",
        });
        return Redirect("/profile/invoices/" + Uri.EscapeDataString(number));
    }

    private Guid Me() => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
