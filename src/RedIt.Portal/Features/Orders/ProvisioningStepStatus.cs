namespace RedIt.Portal.Features.Orders;

public enum ProvisioningStepStatus
{
    Pending,
    Running,
    WaitingForSupplier,
    Done,
    Failed,
}
