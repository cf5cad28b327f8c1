namespace RedIt.Portal.Features.Colocation;

// The resource keys of a visit's states, for the customer's list, the staff pages and the mails.
public static class VisitTexts
{
    public static string Status(VisitStatus status) => status switch
    {
        VisitStatus.Approved => "Approved",
        VisitStatus.Declined => "Declined",
        VisitStatus.Cancelled => "Cancelled",
        _ => "Waiting for approval",
    };

    public static string SendStatus(DatacenterSendStatus status) => status switch
    {
        DatacenterSendStatus.ToSend => "Waiting to be sent to the datacenter",
        DatacenterSendStatus.Sent => "Sent to the datacenter",
        DatacenterSendStatus.ToCancel => "Waiting to be cancelled at the datacenter",
        DatacenterSendStatus.Cancelled => "Cancelled at the datacenter",
        DatacenterSendStatus.Failed => "Could not be sent to the datacenter",
        _ => "Not sent to the datacenter",
    };
}
