using RedIt.Privacy;

namespace RedIt.Portal.Privacy;

// RED-IT's third parties that a privacy rule or the register names. RED-IT itself is the
// controller, not a recipient, so it is deliberately absent. A feature that starts sending data
// to another party (domain or certificate supplier, datacenter, authorities) adds it here with
// the rule of the entity it sends.
public static class Recipients
{
    public static readonly Recipient MultiSafepay =
        new("MultiSafepay", "Payment provider: receives the payer's name and bank or card details when paying an invoice", "Netherlands");

    public static readonly Recipient DasIncasso =
        new("DAS Incasso", "Debt collection agency: receives name, address, unpaid invoices and the reminders sent", "Netherlands");

    public static readonly Recipient Openprovider =
        new("Openprovider", "Domain supplier: receives the registrant's name, address, phone number and e-mail address", "Netherlands");

    public static readonly Recipient Xolphin =
        new("Xolphin", "Certificate supplier for DV and OV certificates: receives the applicant's company or personal name, address and e-mail address", "Netherlands");

    public static readonly Recipient Vies =
        new("European Commission (VIES)", "Checks a business customer's EU VAT number before an invoice is reverse charged", "European Union");

    public static readonly Recipient Datacenter =
        new("Datacenter provider", "Receives the first and last names of the visitors and the time of a datacenter visit", "Netherlands");

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

    public static readonly Recipient SkypeForBusiness =
        new("Skype for Business", "Internal communication between employees", "European Union");
}
