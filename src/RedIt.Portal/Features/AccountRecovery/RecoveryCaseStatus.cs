namespace RedIt.Portal.Features.AccountRecovery;

public enum RecoveryCaseStatus
{
    Open,
    Restored,
    Rejected,
    Abandoned,
}
