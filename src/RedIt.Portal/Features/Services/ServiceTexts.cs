namespace RedIt.Portal.Features.Services;

// What a service's status means to the customer, as a resource key.
public static class ServiceTexts
{
    public static string Status(ServiceStatus status) => status switch
    {
        ServiceStatus.Pending => "Being delivered",
        ServiceStatus.Active => "Active",
        ServiceStatus.Suspended => "Suspended",
        ServiceStatus.Ended => "Ended",
        ServiceStatus.Failed => "Delivery failed: we are on it",
        _ => status.ToString(),
    };
}
