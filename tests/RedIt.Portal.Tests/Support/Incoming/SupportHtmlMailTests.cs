using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Features.Support.Incoming;
using RedIt.Portal.Tests.Consent;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Support.Incoming;

// An HTML mail from the mailbox to the pages that show it: formatted and harmless by default, its
// plain text one link away, on the desk and in the customer's own My tickets.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.1")]
public sealed class SupportHtmlMailTests(PortalFactory portal)
{
    private const string PlainText = "Hello Jan, the status page says all is well, but my site is down.";

    private const string Html = """
        <html><head><style>body { background: url(https://tracker.example/bg.png) }</style></head>
        <body><p onclick="steal()">Hello <b>Jan</b>, the <a href="https://www.red-it.nl/status">status page</a> says all is well,
        <a href="javascript:steal()">but</a> my site is down.</p>
        <img src="https://tracker.example/open.gif?id=42" width="1" height="1">
        <div style="background-image:url(https://tracker.example/div.png)">Kind regards</div>
        <iframe src="https://tracker.example/frame"></iframe><script>steal()</script></body></html>
        """;

    [Fact]
    public async Task An_html_mail_is_imported_with_its_text_and_its_sanitised_markup_and_shown_both_ways()
    {
        var (customer, email) = await People.SignedInCustomerAsync(portal);
        var mailbox = TestMailboxes.New();
        var mail = TestMailboxes.Mail(email, "Site down", "");
        mail.Body = new MultipartAlternative
        {
            new TextPart("plain") { Text = PlainText },
            new TextPart("html") { Text = Html },
        };
        await TestMailboxes.PutAsync(mailbox, mail);

        Assert.Equal([MailImportOutcome.OpenedTicket], await portal.Services.GetRequiredService<SupportMailFetcher>().FetchAsync(mailbox));

        var ticket = await portal.WithDbAsync(db => db.Set<Ticket>().AsNoTracking().Include(t => t.Messages)
            .SingleAsync(t => t.Messages.Any(m => m.MessageId == mail.MessageId)));
        var message = Assert.Single(ticket.Messages);
        Assert.Equal(PlainText, message.Body);
        Assert.NotNull(message.Html);
        Assert.Contains("<b>Jan</b>", message.Html, StringComparison.Ordinal);
        foreach (var gone in new[] { "steal", "tracker.example", "url(", "<iframe", "<script", "style" })
        {
            Assert.DoesNotContain(gone, message.Html, StringComparison.OrdinalIgnoreCase);
        }

        var (support, _) = await Staff.SignedInAsync(portal, PortalRoles.Support);
        var desk = $"/desk/tickets/{ticket.Number}";
        using (var response = await support.Client.GetAsync(desk))
        {
            var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
            // The second line behind the sanitiser: the page could not load a remote image anyway.
            Assert.Contains("img-src 'self' data:;", csp, StringComparison.Ordinal);
            Assert.Contains("style-src 'self';", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        }

        var formatted = await support.GetAsync(desk);
        AssertFormatted(formatted, ".message-customer");
        var text = await support.GetAsync(formatted.Document.QuerySelector(".message-customer .view-switch a")!.GetAttribute("href")!);
        AssertPlain(text, ".message-customer", message.Body);

        var own = $"/profile/tickets/{ticket.Number}";
        var mine = await customer.GetAsync(own);
        AssertFormatted(mine, ".thread li");
        AssertPlain(await customer.GetAsync(own + "?view=text"), ".thread li", message.Body);
    }

    private static void AssertFormatted(Browserless.Page page, string message)
    {
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var body = page.Document.QuerySelector($"{message} .body-html")!;
        Assert.Equal("Jan", body.QuerySelector("b")!.TextContent);
        var link = body.QuerySelector("a[href='https://www.red-it.nl/status']")!;
        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.Equal("noopener noreferrer nofollow", link.GetAttribute("rel"));
        Assert.Equal("(image not loaded)", body.QuerySelector(".image-not-loaded")!.TextContent);
        Assert.Empty(body.QuerySelectorAll("img, script, iframe, [style], [onclick]"));
        Assert.DoesNotContain("steal", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("tracker.example", page.Html, StringComparison.Ordinal);
        Assert.Equal("Show as plain text", page.Document.QuerySelector($"{message} .view-switch a")!.TextContent);
    }

    private static void AssertPlain(Browserless.Page page, string message, string body)
    {
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector($"{message} .body-html"));
        Assert.Equal(body, page.Document.QuerySelector($"{message} .body")!.TextContent);
        Assert.Equal("Show as formatted mail", page.Document.QuerySelector($"{message} .view-switch a")!.TextContent);
    }
}
