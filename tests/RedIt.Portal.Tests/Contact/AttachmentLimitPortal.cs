namespace RedIt.Portal.Tests.Contact;

// Small limits, so a test can pass them with small files: 64 KB a file, three files a message.
public sealed class AttachmentLimitPortal : ProxiedContactPortal
{
    public const int MaxFileBytes = 64 * 1024;
    public const int MaxFiles = 3;

    // Smaller than any test file: a staff reply's files never go with its mail here.
    public const int MaxMailBytes = 16;

    public AttachmentLimitPortal()
    {
        With("Support:Attachments:MaxFileBytes", MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        With("Support:Attachments:MaxFilesPerMessage", MaxFiles.ToString(System.Globalization.CultureInfo.InvariantCulture));
        With("Support:Attachments:MaxMailBytes", MaxMailBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
