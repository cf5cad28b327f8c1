namespace RedIt.Privacy.Tests.Toy;

// The controller of the toy model and its third parties; an application names its own.
public static class ToyHoster
{
    public const string Controller = "Toy Hosting";

    public static readonly Recipient MultiSafepay =
        new("MultiSafepay", "Payment provider: receives the payer's name and bank or card details when paying an invoice", "Netherlands");

    public static readonly Recipient DasIncasso =
        new("DAS Incasso", "Debt collection agency: receives name, address, unpaid invoices and the reminders sent", "Netherlands");

    public static readonly Recipient GoogleMaps =
        new("Google Maps", "Address validation when an address is entered", "United States");

    public static readonly Recipient ErrorReporting =
        new("Error reporting (Sentry)", "Receives IP address and e-mail address with error and failed-login reports", "European Union");

    public static readonly Recipient SkypeForBusiness =
        new("Skype for Business", "Internal communication between employees", "European Union");
}
