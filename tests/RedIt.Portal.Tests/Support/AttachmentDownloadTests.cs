using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Tests.Consent;
using RedIt.Portal.Tests.Infrastructure;
using static RedIt.Portal.Tests.Infrastructure.Browserless;
using static RedIt.Portal.Tests.Support.Desk.DeskTickets;

namespace RedIt.Portal.Tests.Support;

// Clause 2.1: a ticket's files go to its customer and to the staff of its topic, always as a
// download, and every staff download is in the audit log.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.1")]
public sealed class AttachmentDownloadTests(PortalFactory portal)
{
    [Fact]
    public async Task The_customer_downloads_their_file_as_an_attachment_with_nosniff_and_no_shared_caching()
    {
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        var (ticket, message) = await TicketOfAsync(email);
        var png = TestFiles.Png();
        var file = await TestFiles.AttachAsync(portal, message.Id, "Schermafbeelding één.png", png);

        var thread = await browser.GetAsync($"/profile/tickets/{ticket.Number}");
        var link = Assert.Single(thread.Document.QuerySelectorAll(".attachments a"));
        Assert.Equal($"/profile/tickets/{ticket.Number}/attachments/{file.Id}", link.GetAttribute("href"));
        Assert.Equal("Schermafbeelding één.png", link.TextContent);

        using var response = await browser.Client.GetAsync(link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(png, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Schermafbeelding één.png", disposition.FileNameStar);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.True(response.Headers.CacheControl.Private || !response.Headers.CacheControl.Public);
    }

    [Fact]
    public async Task Another_customer_and_staff_outside_the_topic_get_404_and_a_file_on_a_note_is_staff_only()
    {
        var (owner, email) = await People.SignedInCustomerAsync(portal);
        var (other, _) = await People.SignedInCustomerAsync(portal);
        var (ticket, message) = await TicketOfAsync(email);
        var file = await TestFiles.AttachAsync(portal, message.Id, "invoice.pdf", TestFiles.Pdf());
        var note = new TicketMessage { Id = Guid.NewGuid(), TicketId = ticket.Id, Kind = TicketMessageKind.InternalNote, Body = "Seen before.", SentAt = DateTime.UtcNow };
        await portal.WithDbAsync(db =>
        {
            db.Add(note);
            return db.SaveChangesAsync();
        });
        var noted = await TestFiles.AttachAsync(portal, note.Id, "trace.txt", TestFiles.Text());
        var (sales, _) = await Staff.SignedInAsync(portal, PortalRoles.Sales);
        var (support, _) = await Staff.SignedInAsync(portal, PortalRoles.Support);

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other, $"/profile/tickets/{ticket.Number}/attachments/{file.Id}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(sales, $"/desk/tickets/{ticket.Number}/attachments/{file.Id}"));
        // The customer's own ticket number with a file of the note, or of another ticket, is not there either.
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(owner, $"/profile/tickets/{ticket.Number}/attachments/{noted.Id}"));
        Assert.DoesNotContain("trace.txt", (await owner.GetAsync($"/profile/tickets/{ticket.Number}")).Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(support, $"/desk/tickets/{ticket.Number + 1}/attachments/{file.Id}"));

        var desk = await support.GetAsync($"/desk/tickets/{ticket.Number}");
        Assert.Equal(2, desk.Document.QuerySelectorAll(".attachments a").Length);
        Assert.Contains("trace.txt", desk.Document.QuerySelector(".message-note .attachments")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(support, $"/desk/tickets/{ticket.Number}/attachments/{noted.Id}"));
        using var response = await support.Client.GetAsync($"/desk/tickets/{ticket.Number}/attachments/{file.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);

        var personId = ticket.PersonId;
        var audited = await portal.WithDbAsync(db => db.Set<AuditLogEntry>().AsNoTracking()
            .Where(e => e.Action == AuditAction.AttachmentDownloaded && e.SubjectPersonId == personId).Select(e => e.Details).ToListAsync());
        Assert.Contains($"ticket {ticket.Number}, attachment {file.Id}", audited);
        Assert.Equal(2, audited.Count);
        Assert.DoesNotContain(audited, d => d!.Contains("invoice.pdf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_customer_replies_with_a_file_and_support_replies_and_notes_with_files()
    {
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        var (ticket, _) = await TicketOfAsync(email);
        var thread = await browser.GetAsync($"/profile/tickets/{ticket.Number}");

        var refused = await Page.FromAsync(await browser.SubmitWithFilesAsync(thread, Form(("Reply.Message", "The program you asked for.")),
            [new UploadedFile("Reply.Attachments", "tool.png", TestFiles.Exe(), "image/png")], "/reply"));
        Assert.Equal("tool.png is not a PDF, an image (PNG, JPEG, GIF, WebP) or a plain text file.", refused.FieldError("Reply.Attachments"));
        Assert.Equal("The program you asked for.", refused.Document.QuerySelector("textarea[name='Reply.Message']")?.TextContent.Trim());
        Assert.NotNull(refused.Document.QuerySelector(".choose-again"));
        Assert.False(await portal.WithDbAsync(db => db.Set<TicketMessage>().AnyAsync(m => m.Body == "The program you asked for.")));

        var replied = await browser.SubmitWithFilesAndFollowAsync(thread, Form(("Reply.Message", "Here is the bounce.")),
            [new UploadedFile("Reply.Attachments", "bounce.txt", TestFiles.Text("550 5.1.1 mailbox unavailable\n"), "text/plain")], "/reply");
        Assert.Contains("bounce.txt", replied.Document.QuerySelector(".thread .attachments")!.TextContent, StringComparison.Ordinal);

        var (support, _) = await Staff.SignedInAsync(portal, PortalRoles.Support);
        var desk = await support.GetAsync($"/desk/tickets/{ticket.Number}");
        var screenshot = TestFiles.Png();
        await support.SubmitWithFilesAndFollowAsync(desk, Form(("Reply.Body", "See the screenshot.")),
            [new UploadedFile("Reply.Attachments", "settings.png", screenshot, "image/png")], "/reply");
        // The reply's file goes with its mail, and leaves the outbox with it.
        var mailed = await Mailbox.WaitForAsync(email, $"[#{ticket.Number}]");
        var mailedFile = Assert.Single(mailed.Attachments.OfType<MimeKit.MimePart>());
        Assert.Equal("settings.png", mailedFile.FileName);
        using (var content = new MemoryStream())
        {
            await mailedFile.Content!.DecodeToAsync(content);
            Assert.Equal(screenshot, content.ToArray());
        }

        await Outbox.WaitUntilSentAsync(portal, email);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Set<RedIt.Portal.Infrastructure.Email.QueuedMailAttachment>().CountAsync(a => a.Mail.ToAddress == email)));
        await support.SubmitWithFilesAndFollowAsync(desk, Form(("Note.Body", "Their DNS export.")),
            [new UploadedFile("Note.Attachments", "dns.txt", TestFiles.Text("example.nl. MX 10 mx.example.nl.\n"), "text/plain")], "/note");

        var files = await portal.WithDbAsync(db => db.Set<TicketAttachment>().AsNoTracking()
            .Where(a => a.Message.TicketId == ticket.Id)
            .Select(a => new { a.FileName, a.Message.Kind, a.Message.Body })
            .ToListAsync());
        Assert.Equal(3, files.Count);
        Assert.Contains(files, f => f.FileName == "bounce.txt" && f.Kind == TicketMessageKind.FromCustomer && f.Body == "Here is the bounce.");
        Assert.Contains(files, f => f.FileName == "settings.png" && f.Kind == TicketMessageKind.StaffReply);
        Assert.Contains(files, f => f.FileName == "dns.txt" && f.Kind == TicketMessageKind.InternalNote);
        var customerView = await browser.GetAsync($"/profile/tickets/{ticket.Number}");
        Assert.Contains("settings.png", customerView.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("dns.txt", customerView.Html, StringComparison.Ordinal);
    }

    private async Task<(Ticket Ticket, TicketMessage Message)> TicketOfAsync(string email)
    {
        var personId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var ticket = New("Files " + Token(), personId: personId, email: email);
        var message = FromCustomer(ticket, "See the attached file.");
        await SeedAsync(portal, ticket, message);
        return (ticket, message);
    }

    private static async Task<HttpStatusCode> StatusAsync(Browserless browser, string url)
    {
        using var response = await browser.Client.GetAsync(url);
        return response.StatusCode;
    }

    private static Dictionary<string, string> Form(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
