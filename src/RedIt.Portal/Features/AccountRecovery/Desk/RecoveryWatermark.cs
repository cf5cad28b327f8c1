namespace RedIt.Portal.Features.AccountRecovery.Desk;

// Marks a document as seen for account recovery before the reviewer sees it.
public sealed class RecoveryWatermark
{
    public const string Text = "RED-IT account recovery";

    public RecoveryFile Apply(RecoveryFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file;
    }
}
