namespace RedIt.Portal.Features.Support.Desk;

// The English words (and resource keys) for the desk's enum values.
public static class DeskTexts
{
    public static string Status(TicketStatus status) => status switch
    {
        TicketStatus.New => "New",
        TicketStatus.Open => "Open",
        TicketStatus.WaitingForCustomer => "Waiting for customer",
        _ => "Closed",
    };

    public static string Topic(TicketTopic topic) => topic switch
    {
        TicketTopic.Support => "Technical support",
        TicketTopic.Sales => "Sales",
        TicketTopic.Billing => "Billing",
        _ => "Abuse",
    };

    public static string Priority(TicketPriority priority) => priority switch
    {
        TicketPriority.Low => "Low",
        TicketPriority.Normal => "Normal",
        TicketPriority.High => "High",
        _ => "Urgent",
    };
}
