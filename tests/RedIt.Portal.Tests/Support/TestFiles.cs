using System.Text;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Infrastructure.Files;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Support;

// Small real files: the first bytes are what the sniffer reads, the rest makes each one unique.
internal static class TestFiles
{
    public static byte[] Png() => With([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);

    public static byte[] Pdf() => With(Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n"));

    public static byte[] Jpeg() => With([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00]);

    public static byte[] Gif() => With(Encoding.ASCII.GetBytes("GIF89a\u0001\u0000\u0001\u0000"));

    public static byte[] WebP() => With([.. "RIFF"u8, 0x24, 0, 0, 0, .. "WEBPVP8 "u8]);

    // A Windows program: "MZ", then the DOS stub with its NUL bytes.
    public static byte[] Exe() => With([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF]);

    public static byte[] Text(string text = "Error log: nothing answers since 09:00.\r\nTried a restart.\n") => Encoding.UTF8.GetBytes(text);

    private static byte[] With(byte[] head) => [.. head, .. Guid.NewGuid().ToByteArray()];

    // Stored as the portal stores them, encrypted, on a message already in the database.
    public static async Task<TicketAttachment> AttachAsync(PortalFactory portal, Guid messageId, string fileName, byte[] content)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var attachments = scope.ServiceProvider.GetRequiredService<TicketAttachments>();
        var db = scope.ServiceProvider.GetRequiredService<RedIt.Portal.Data.PortalDbContext>();
        var message = new TicketMessage { Id = messageId };
        attachments.AddTo(message, [new CheckedAttachment(fileName, ContentSniffer.Sniff(content)!, content)]);
        var attachment = message.Attachments.Single();
        db.Add(attachment);
        await db.SaveChangesAsync();
        return attachment;
    }
}
