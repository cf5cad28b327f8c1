using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace RedIt.Portal.Features.Billing.Payments.TestProvider;

// The test provider's checkout page, standing in for MultiSafepay's: "Pay" or "Fail", then back to
// the portal, which asks the provider what happened like it asks MultiSafepay. It exists only
// while the test provider is the configured one; its address holds the attempt's random reference.
[AllowAnonymous]
[Route("payments/test/{reference}")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class TestCheckoutController(TestPaymentLedger ledger, IOptions<PaymentOptions> options) : Controller
{
    [HttpGet("")]
    public IActionResult Index(string reference) =>
        Active && ledger.Find(reference) is { } payment ? View(new TestCheckoutView(reference, payment.Amount, payment.Status)) : NotFound();

    [HttpPost("")]
    public IActionResult Settle(string reference, string outcome)
    {
        if (!Active || ledger.Find(reference) is null)
        {
            return NotFound();
        }

        ledger.Settle(reference, outcome == "pay" ? PaymentStatus.Completed : PaymentStatus.Failed);
        return Redirect("/payments/return/" + Uri.EscapeDataString(reference));
    }

    private bool Active => options.Value.Provider == PaymentOptions.Test;
}

public sealed record TestCheckoutView(string Reference, decimal Amount, PaymentStatus Status);
