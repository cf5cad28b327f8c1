namespace RedIt.Portal.Features.Certificates.Acme;

// "Acme" in appsettings: the ACME server Let's Encrypt certificates come from. With Simulate on
// (the Development default), an in-process ACME server answers and issues certificates nobody
// trusts, so a newcomer sees the whole flow without internet.
public sealed class AcmeOptions
{
    public const string Section = "Acme";

    public const string LetsEncryptProduction = "https://acme-v02.api.letsencrypt.org/directory";

    public const string LetsEncryptStaging = "https://acme-staging-v02.api.letsencrypt.org/directory";

    public string DirectoryUrl { get; set; } = LetsEncryptProduction;

    // A PEM file with one more root CA to trust for the ACME server's HTTPS, for a test server
    // such as Pebble; the system's roots stay trusted.
    public string? TrustedRootPemPath { get; set; }

    public int TimeoutSeconds { get; set; } = 30;

    // How often an authorization or order is asked for its status within one attempt, and the
    // longest wait between two asks whatever Retry-After says; after that the step is tried later.
    public int MaxPolls { get; set; } = 20;

    public int MaxPollDelaySeconds { get; set; } = 10;

    // The wait when the server gives no Retry-After.
    public int DefaultPollDelayMilliseconds { get; set; } = 1000;

    public bool Simulate { get; set; }

    // A certificate is renewed this many days before it expires: 30 renews a 90-day Let's Encrypt
    // certificate at day 60, leaving a month of retries (and staff) before it runs out.
    public int RenewBeforeDays { get; set; } = 30;

    // Off in the tests, which queue renewals themselves instead of racing a background job.
    public bool RenewalEnabled { get; set; } = true;

    // Daily, in UTC: the window is a month wide, so once a day finds every certificate in time.
    public string RenewalCron { get; set; } = "0 23 4 * * ?";
}
