namespace RedIt.Portal.Features.Orders.Provisioning;

public sealed class ProvisioningOptions
{
    public const string Section = "Provisioning";

    // Off only where a test runs the steps itself.
    public bool WorkerEnabled { get; set; } = true;

    // After this many failed attempts a step stops and waits for staff to try it again.
    public int MaxAttempts { get; set; } = 12;

    // How often a step that waits looks at the supplier again, e.g. a transfer at the registry.
    public TimeSpan SupplierCheckInterval { get; set; } = TimeSpan.FromHours(1);

    // Where new services of our own platforms run; an outage notice names these (2.8).
    public string HostingPlatform { get; set; } = "web-01";

    public string MailPlatform { get; set; } = "mail-01";

    public string ColocationPlatform { get; set; } = "dc-ams-01";
}
