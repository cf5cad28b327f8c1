namespace RedIt.Portal.Features.Billing.Payments;

// "Payments" in appsettings: which provider takes the payments. "Test" is the portal's own
// checkout page with a pay and a fail button, the Development default; production uses MultiSafepay.
public sealed class PaymentOptions
{
    public const string Section = "Payments";

    public const string MultiSafepay = "MultiSafepay";

    public const string Test = "Test";

    public string Provider { get; set; } = MultiSafepay;
}
