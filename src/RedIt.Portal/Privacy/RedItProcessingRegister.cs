using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Accounts.Sessions;
using RedIt.Privacy;

namespace RedIt.Portal.Privacy;

// The register of processing activities (GDPR art. 30) of RED-IT: generated from the rules
// beside each entity, plus the processing that leaves no rows in the portal's database.
public static class RedItProcessingRegister
{
    // The controller (GDPR art. 4(7)) named in the register and on every export.
    public const string Controller = "RED-IT";

    // Read from the rules the portal enforces, so the register cannot promise other numbers.
    public static readonly IReadOnlyList<string> SecurityMeasures =
    [
        $"Passwords are stored as salted PBKDF2 hashes, have {PasswordRules.MinimumLength} to {PasswordRules.MaximumLength} characters and are refused when they are among the most common breached passwords",
        $"Accounts are locked for {LockoutRules.DurationMinutes} minutes after {LockoutRules.MaxFailedAttempts} wrong passwords, on every form that asks for one",
        $"Sign-in sessions are kept on the server: they end at sign-out, for other devices at a new password, after {SessionLimits.Absolute.TotalHours:0} hours, and after {SessionLimits.StaffIdle.TotalMinutes:0} minutes (staff) or {SessionLimits.CustomerIdle.TotalHours:0} hours (customers) without use",
        "Two-factor authentication (TOTP) is available to customers and required for all staff; a code is accepted once, and a staff member's device is never remembered",
        $"Changing two-factor settings and an admin's export or erasure need the password typed in the last {SessionLimits.RecentPassword.TotalMinutes:0} minutes",
        "Every form is protected against cross-site request forgery; sign-in, sign-up and password reset are rate limited",
        "Cookies are HttpOnly, Secure, SameSite and __Host- prefixed; pages are served with HSTS and a strict Content-Security-Policy",
        "Links in e-mails confirm nothing until the person presses a button on the page they open",
        "Logs record request paths and outcomes only, never query strings, form contents or e-mail addresses; sign-ins, failures, lockouts and changes of password, e-mail address, two-factor and staff roles are in the audit log by user id",
        "Data-protection keys are kept in the database, encrypted with a certificate, shared by all instances",
    ];

    public static readonly IReadOnlyList<ProcessingActivity> WithoutTables =
    [
        // The policy names two internal tools and prefers e-mail; each says what may pass through
        // it, so an employee can tell from the register which tool a piece of personal data may use.
        new("Internal communication by e-mail (2.9)",
            [new PrivacyPurpose("Passing on information between employees; e-mail is preferred where possible", LegalBasis.LegitimateInterest)],
            ["Customers", "Employees"],
            [
                "May pass: names, contact details and customer numbers, and the ticket, order and invoice references a colleague needs to help a customer",
                "Does not pass: passwords, identity documents, payment details, exports of customer data",
            ],
            [],
            ["Not stored by the portal; kept in RED-IT's own mail system"],
            []),
        new("Internal communication in Skype for Business (2.9)",
            [new PrivacyPurpose("Casual conversations between employees", LegalBasis.LegitimateInterest)],
            ["Customers", "Employees"],
            [
                "May pass: a customer's name, customer number or ticket reference when a conversation is about them",
                "Does not pass: passwords, identity documents, payment details, exports of customer data, anything a ticket or e-mail should record",
            ],
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
