
namespace RedIt.Portal.Features.AccountRecovery.Desk;

// The English keys of what the desk shows for a case; the views translate them.
public static class RecoveryTexts
{
    public static string Status(RecoveryCaseStatus status) => status switch
    {
        RecoveryCaseStatus.Open => "Open",
        RecoveryCaseStatus.Restored => "Access restored",
        RecoveryCaseStatus.Rejected => "Rejected",
        _ => "Abandoned",
    };

    public static string Kind(RecoveryDocumentKind kind) => kind == RecoveryDocumentKind.KvkExtract ? "KvK extract" : "Identity copy";
}
