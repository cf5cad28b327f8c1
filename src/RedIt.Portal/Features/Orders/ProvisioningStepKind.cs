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
}
