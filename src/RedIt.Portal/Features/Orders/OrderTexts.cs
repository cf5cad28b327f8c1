namespace RedIt.Portal.Features.Orders;

// What an order's status means to the customer, as a resource key.
public static class OrderTexts
{
    public static string Status(OrderStatus status) => status switch
    {
        OrderStatus.AwaitingPayment => "Awaiting payment",
        OrderStatus.Paid => "Paid",
        OrderStatus.Provisioning => "Being delivered",
        OrderStatus.Completed => "Delivered",
        OrderStatus.Failed => "Delivery failed: we are on it",
        OrderStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    public static string StepStatus(ProvisioningStepStatus status) => status switch
    {
        ProvisioningStepStatus.Pending => "Waiting",
        ProvisioningStepStatus.Running => "Running",
        ProvisioningStepStatus.WaitingForSupplier => "Waiting for the supplier",
        ProvisioningStepStatus.WaitingForCustomer => "Waiting for the customer",
        ProvisioningStepStatus.Done => "Done",
        ProvisioningStepStatus.Failed => "Stopped",
        _ => status.ToString(),
    };

    public static string StepKind(ProvisioningStepKind kind) => kind switch
    {
        ProvisioningStepKind.CreateDomainContact => "Registrant to the domain supplier",
        ProvisioningStepKind.RegisterDomain => "Domain registration",
        ProvisioningStepKind.TransferDomain => "Domain transfer",
        ProvisioningStepKind.RenewDomain => "Domain renewal",
        ProvisioningStepKind.ChangeNameServers => "Name server change",
        ProvisioningStepKind.OrderCertificate => "Certificate order",
        ProvisioningStepKind.IssueLetsEncryptCertificate => "Let's Encrypt certificate",
        ProvisioningStepKind.CreateHosting => "Hosting set-up",
        ProvisioningStepKind.CreateMailbox => "Mailbox set-up",
        ProvisioningStepKind.ActivateColocation => "Rack activation",
        ProvisioningStepKind.ExtendService => "Service renewal",
        _ => kind.ToString(),
    };
}
