namespace RedIt.Portal.Features.Orders;

public enum ProvisioningStepStatus
{
    Pending,
    Running,
    WaitingForSupplier,
    Done,

    // Waits for the customer, e.g. a new auth code after the first was refused.
    WaitingForCustomer,
    Failed,
}
