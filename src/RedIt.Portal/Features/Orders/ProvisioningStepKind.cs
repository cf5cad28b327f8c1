namespace RedIt.Portal.Features.Orders;

public enum ProvisioningStepKind
{
    CreateDomainContact,
    RegisterDomain,
    TransferDomain,
    RenewDomain,
    ChangeNameServers,
    OrderCertificate,
    IssueLetsEncryptCertificate,
    CreateHosting,
    CreateMailbox,
    ActivateColocation,

    // A renewal of a service that is not a domain: the same service, its renewal date moved on.
    ExtendService,
}
