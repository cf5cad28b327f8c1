using RedIt.Privacy;

namespace RedIt.Portal.Privacy;

// RED-IT itself is the controller, not a recipient, so it is deliberately absent.
public static class Recipients
{
    public static readonly Recipient MultiSafepay =
        new("MultiSafepay", "Payment provider: receives the payer's name and bank or card details when paying an invoice", "Netherlands");

    public static readonly Recipient DasIncasso =
        new("DAS Incasso", "Debt collection agency: receives name, address, unpaid invoices and the reminders sent", "Netherlands");

    public static readonly Recipient DomainSupplier =
        new("Domain supplier", "Registers domain names with the registries on the registrant's behalf", "Netherlands");

    public static readonly Recipient CertificateSupplier =
        new("Certificate supplier", "Orders SSL certificates from certificate authorities", "Netherlands");

    public static readonly Recipient DatacenterProvider =
        new("Datacenter provider", "Grants colocation visitors access to the datacenter", "Netherlands");

    public static readonly Recipient SpamExperts =
        new("SpamExperts", "Spam filter for POP and IMAP mailboxes", "Netherlands");

    public static readonly Recipient Microsoft =
        new("Microsoft", "Spam filter for Office 365 mailboxes", "European Union");

    public static readonly Recipient GoogleMaps =
        new("Google Maps", "Address validation when an address is entered", "United States");

    public static readonly Recipient GoogleAnalytics =
        new("Google Analytics", "Website statistics, only after consent to analytics cookies", "United States");

    public static readonly Recipient ErrorReporting =
        new("Error reporting (Sentry)", "Receives IP address and e-mail address with error and failed-login reports", "European Union");

    public static readonly Recipient Authorities =
        new("Authorities", "Police or other authorities, only for fraud or abuse with a legal ground", "Netherlands");

    public static readonly Recipient SkypeForBusiness =
        new("Skype for Business", "Internal communication between employees", "European Union");

    public static IReadOnlyList<Recipient> All { get; } =
    [
        MultiSafepay, DasIncasso, DomainSupplier, CertificateSupplier, DatacenterProvider, SpamExperts,
        Microsoft, GoogleMaps, GoogleAnalytics, ErrorReporting, Authorities, SkypeForBusiness,
    ];
}
