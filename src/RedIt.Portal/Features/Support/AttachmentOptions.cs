namespace RedIt.Portal.Features.Support;

public sealed class AttachmentOptions
{
    public const string Section = "Support:Attachments";

    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    public int MaxFilesPerMessage { get; set; } = 5;

    // What a staff reply's files may weigh together to go with its mail; many mail servers refuse
    // mails over 25 MB, and encoding adds a third. Larger, they stay on the ticket only.
    public long MaxMailBytes { get; set; } = 15 * 1024 * 1024;

    // What a whole form with its files may weigh: every file at its largest, plus the text.
    public long MaxRequestBodyBytes => (MaxFileBytes * MaxFilesPerMessage) + (1024 * 1024);
}
