namespace RedIt.Portal.Features.AccountRecovery;

public enum RecoveryDocumentKind
{
    IdentityCopy,
    KvkExtract,
}
