namespace RedIt.Portal.Features.Colocation;

// Where a visit stands with the datacenter provider, apart from what Support decided: only an
// approved visit is sent, and a sent one that the customer cancels is cancelled there too.
public enum DatacenterSendStatus
{
    NotSent,
    ToSend,
    Sent,
    ToCancel,
    Cancelled,
    Failed,
}
