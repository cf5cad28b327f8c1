using RedIt.Privacy;

namespace RedIt.Portal.Privacy;

// The register of processing activities (GDPR art. 30) of RED-IT: generated from the rules
// beside each entity, plus the processing that leaves no rows in the portal's database.
public static class RedItProcessingRegister
{
    // The controller (GDPR art. 4(7)) named in the register and on every export.
    public const string Controller = "RED-IT";

    public static readonly IReadOnlyList<string> SecurityMeasures =
    [
        "Passwords are stored as salted PBKDF2 hashes and must be at least 12 characters long",
        "Accounts are locked for 15 minutes after 5 failed sign-in attempts",
        "Two-factor authentication (TOTP) is available to customers and required for all staff",
        "Every form is protected against cross-site request forgery; sign-in, sign-up and password reset are rate limited",
        "Cookies are HttpOnly, Secure and SameSite; pages are served with HSTS and a strict Content-Security-Policy",
        "Links in e-mails confirm nothing until the person presses a button on the page they open",
        "Logs record request paths and outcomes only, never query strings, form contents or e-mail addresses",
        "Data-protection keys are kept in the database, shared by all instances",
    ];

    public static readonly IReadOnlyList<ProcessingActivity> WithoutTables =
    [
        new("Internal communication (2.9)",
            [new PrivacyPurpose("Efficient communication between employees, by e-mail where possible", LegalBasis.LegitimateInterest)],
            ["Customers", "Employees"],
            ["Whatever personal data a conversation needs"],
            [Recipients.SkypeForBusiness],
            ["Not stored by the portal"],
            []),
        new("Spam filtering (2.6)",
            [new PrivacyPurpose("Keeping spam and malicious mail out of and away from customers' mailboxes", LegalBasis.Contract)],
            ["Customers", "Their correspondents"],
            ["E-mail messages passing through hosted mailboxes", "Messages the customer marks as spam"],
            [Recipients.SpamExperts, Recipients.Microsoft],
            ["Kept by the filter provider under its own terms"],
            []),
        new("Website statistics (3.1)",
            [new PrivacyPurpose("Understanding how visitors use the website", LegalBasis.Consent)],
            ["Website visitors"],
            ["Visit duration, approximate location, pages visited"],
            [Recipients.GoogleAnalytics],
            ["Kept by Google under its own terms; only after consent to analytics cookies"],
            []),
    ];

    public static ProcessingRegister Build(PrivacyCatalog catalog) =>
        ProcessingRegister.From(Controller, catalog, SecurityMeasures, WithoutTables);
}
