namespace RedIt.Portal.Features.Consent;

public enum ConsentPurpose
{
    // Clause 2.8: news and tips, as opposed to service e-mails, which need no consent.
    NewsEmails,

    // Clause 3.1: Google Analytics on the website.
    AnalyticsCookies,
}
