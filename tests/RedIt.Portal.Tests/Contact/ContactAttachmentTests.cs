using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Contact;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Support;
using static RedIt.Portal.Tests.Infrastructure.Browserless;

namespace RedIt.Portal.Tests.Contact;

// Clause 1.2: the contact form takes optional files, checked by their content and kept encrypted.
[Trait("Policy", "1.2")]
public sealed class ContactAttachmentTests(AttachmentLimitPortal portal) : IClassFixture<AttachmentLimitPortal>
{
    private static int _address = 10;

    [Fact]
    public async Task A_file_sent_with_the_form_is_on_the_ticket_with_its_sniffed_type_and_stored_encrypted()
    {
        var browser = Browser();
        var email = People.NewEmail("visitor");
        var png = TestFiles.Png();
        var text = TestFiles.Text();
        var form = await browser.GetAsync("/contact");
        Assert.Equal("multipart/form-data", form.Form("/contact").GetAttribute("enctype"));

        var sent = await browser.SubmitWithFilesAndFollowAsync(form, ContactFormTests.Message(email),
            [File("screenshot.pdf", png, "application/pdf"), File(@"C:\logs\error log.txt", text, "text/plain")]);

        Assert.Equal("Thank you", sent.Heading);
        var files = await portal.WithDbAsync(db => db.Set<TicketAttachment>().AsNoTracking()
            .Where(a => a.Message.Ticket.Email == email).OrderBy(a => a.FileName).ToListAsync());
        Assert.Equal(["error log.txt", "screenshot.pdf"], files.Select(f => f.FileName));
        // The content decides: a PNG named .pdf is stored as a PNG, whatever the browser claimed.
        Assert.Equal(["text/plain", "image/png"], files.Select(f => f.ContentType));
        Assert.Equal([text.Length, png.Length], files.Select(f => f.Size));
        foreach (var (stored, plain) in files.Zip(new[] { text, png }))
        {
            Assert.NotEqual(plain, stored.EncryptedContent);
            Assert.False(stored.EncryptedContent.AsSpan().IndexOf(plain.AsSpan(0, 8)) >= 0, "the plain bytes are in the column");
        }
    }

    [Fact]
    public async Task A_program_too_large_a_file_or_too_many_files_are_refused_under_the_field_and_nothing_is_stored()
    {
        var tooLarge = new byte[AttachmentLimitPortal.MaxFileBytes + 1];
        TestFiles.Pdf().CopyTo(tooLarge, 0);
        var cases = new (string Expected, UploadedFile[] Files)[]
        {
            ("setup.png is not a PDF, an image (PNG, JPEG, GIF, WebP) or a plain text file.", [File("setup.png", TestFiles.Exe(), "image/png")]),
            ("big.pdf is larger than 0.1 MB.", [File("big.pdf", tooLarge, "application/pdf")]),
            ("At most 3 files can be attached.", Enumerable.Range(1, 4).Select(i => File($"scan{i}.png", TestFiles.Png(), "image/png")).ToArray()),
            ("empty.txt is empty.", [File("empty.txt", [], "text/plain")]),
        };

        foreach (var (expected, files) in cases)
        {
            var browser = Browser();
            var email = People.NewEmail("visitor");
            var form = await browser.GetAsync("/contact");

            using var response = await browser.SubmitWithFilesAsync(form, ContactFormTests.Message(email), files);
            var page = await Page.FromAsync(response);

            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal(expected, page.FieldError(nameof(ContactInput.Attachments)));
            // What was typed stays; the files cannot, and the page says so.
            Assert.Equal("Invoice 2026-0042", page.Value("Subject"));
            Assert.Equal("Why is my invoice higher than last month?", page.Document.QuerySelector("textarea[name='Message']")?.TextContent.Trim());
            Assert.Contains("please choose them again", page.Document.QuerySelector(".choose-again")?.TextContent, StringComparison.Ordinal);
            Assert.False(await portal.WithDbAsync(db => db.Set<Ticket>().AnyAsync(t => t.Email == email)), expected);
            Assert.False(await portal.WithDbAsync(db => db.Set<ContactMessage>().AnyAsync(m => m.Email == email)), expected);
        }
    }

    [Fact]
    public async Task A_form_rejected_for_its_text_keeps_the_text_and_asks_for_the_files_again()
    {
        var browser = Browser();
        var email = People.NewEmail("visitor");
        var form = await browser.GetAsync("/contact");
        var values = ContactFormTests.Message(email);
        values["Subject"] = "";

        using var response = await browser.SubmitWithFilesAsync(form, values, [File("scan.pdf", TestFiles.Pdf(), "application/pdf")]);
        var page = await Page.FromAsync(response);

        Assert.Equal("Please enter a subject.", page.FieldError("Subject"));
        Assert.Null(page.FieldError(nameof(ContactInput.Attachments)));
        Assert.Equal(email, page.Value("Email"));
        Assert.NotNull(page.Document.QuerySelector(".choose-again"));
        Assert.False(await portal.WithDbAsync(db => db.Set<TicketAttachment>().AnyAsync(a => a.Message.Ticket.Email == email)));

        // Without files there is nothing to choose again, and the page does not say so.
        using var plain = await browser.SubmitAsync(form, values);
        Assert.Null((await Page.FromAsync(plain)).Document.QuerySelector(".choose-again"));
    }

    private Browserless Browser() => portal.BrowserAt($"203.0.113.{Interlocked.Increment(ref _address)}");

    private static UploadedFile File(string name, byte[] content, string type) => new(nameof(ContactInput.Attachments), name, content, type);
}
