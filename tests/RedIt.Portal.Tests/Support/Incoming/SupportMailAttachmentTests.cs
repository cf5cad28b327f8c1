using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Features.Support.Incoming;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Support.Desk;

namespace RedIt.Portal.Tests.Support.Incoming;

// Clause 2.1: the files of a mail delivered to the real test Dovecot are kept with the same
// checks as an upload; a refused one is not stored, and the message says which and why.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.1")]
public sealed class SupportMailAttachmentTests(PortalFactory portal)
{
    [Fact]
    public async Task A_mail_with_a_PDF_and_a_program_opens_a_ticket_with_the_PDF_and_a_line_about_the_program()
    {
        var email = People.NewEmail("visitor");
        var pdf = TestFiles.Pdf();
        var mail = TestMailboxes.Mail(email, "Invoice question", "");
        mail.Body = WithFiles("See the invoice attached.", ("invoice 2026-0042.pdf", "application/pdf", pdf), ("photo.png", "image/png", TestFiles.Exe()));
        var mailbox = TestMailboxes.New();
        await TestMailboxes.PutAsync(mailbox, mail);

        Assert.Equal([MailImportOutcome.OpenedTicket], await FetchAsync(mailbox));

        var message = await MessageAsync(mail.MessageId);
        var kept = Assert.Single(message.Attachments);
        Assert.Equal("invoice 2026-0042.pdf", kept.FileName);
        Assert.Equal("application/pdf", kept.ContentType);
        Assert.Equal(pdf.Length, kept.Size);
        Assert.NotEqual(pdf, kept.EncryptedContent);
        Assert.Equal(pdf, Unprotect(kept.EncryptedContent));
        Assert.StartsWith("See the invoice attached.", message.Body, StringComparison.Ordinal);
        Assert.EndsWith("[Attachment not kept: photo.png is not a PDF, an image (PNG, JPEG, GIF, WebP) or a plain text file.]", message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_by_mail_brings_its_file_into_the_ticket()
    {
        var ticket = await DeskTickets.SeedAsync(portal, DeskTickets.New("Question " + DeskTickets.Token()));
        var png = TestFiles.Png();
        var reply = TestMailboxes.Mail(ticket.Email, $"Re: [#{ticket.Number}] Question", "");
        reply.Body = WithFiles("Screenshot attached.", ("screen.png", "application/octet-stream", png));
        var mailbox = TestMailboxes.New();
        await TestMailboxes.PutAsync(mailbox, reply);

        Assert.Equal([MailImportOutcome.JoinedTicket], await FetchAsync(mailbox));

        var message = await MessageAsync(reply.MessageId);
        Assert.Equal(ticket.Id, message.TicketId);
        Assert.Equal("Screenshot attached.", message.Body);
        var kept = Assert.Single(message.Attachments);
        Assert.Equal(("screen.png", "image/png"), (kept.FileName, kept.ContentType));
        Assert.Equal(png, Unprotect(kept.EncryptedContent));
    }

    private static Multipart WithFiles(string text, params (string Name, string Type, byte[] Content)[] files)
    {
        var body = new BodyBuilder { TextBody = text };
        foreach (var (name, type, content) in files)
        {
            body.Attachments.Add(name, content, ContentType.Parse(type));
        }

        return (Multipart)body.ToMessageBody();
    }

    private byte[] Unprotect(byte[] encrypted) =>
        portal.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(TicketAttachments.ProtectorPurpose).Unprotect(encrypted);

    private Task<IReadOnlyList<MailImportOutcome>> FetchAsync(SupportMailboxOptions mailbox) =>
        portal.Services.GetRequiredService<SupportMailFetcher>().FetchAsync(mailbox);

    private Task<TicketMessage> MessageAsync(string? messageId) =>
        portal.WithDbAsync(db => db.Set<TicketMessage>().AsNoTracking().Include(m => m.Attachments).SingleAsync(m => m.MessageId == messageId));
}
