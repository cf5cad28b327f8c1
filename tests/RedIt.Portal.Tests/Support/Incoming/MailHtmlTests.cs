using RedIt.Portal.Features.Support.Incoming;

namespace RedIt.Portal.Tests.Support.Incoming;

// What an HTML mail may keep before the desk shows it: text and its formatting, nothing that runs,
// loads or submits.
[Trait("Policy", "4")]
public sealed class MailHtmlTests
{
    private const string Hostile = """
        <html><head><style>body { background: url(https://tracker.example/bg.png) }</style>
        <link rel="stylesheet" href="https://tracker.example/mail.css"><script>steal()</script></head>
        <body onload="steal()">
        <p onclick="steal()" style="background-image: url('https://tracker.example/p.gif')">Hello <b>Jan</b>,</p>
        <img src="https://tracker.example/open.gif?id=42" width="1" height="1">
        <table background="https://tracker.example/t.png"><tr><td style="background:url(//tracker.example/td.png)">Cell text</td></tr></table>
        <a href="javascript:steal()">Click me</a>
        <a href="https://www.red-it.nl/status" onmouseover="steal()">Status page</a>
        <a href="/desk/tickets/1">Relative</a>
        <iframe src="https://tracker.example/frame">frame text</iframe>
        <form action="https://tracker.example/phish"><input name="password"><button>Send</button></form>
        <svg><script>steal()</script></svg>
        <ul><li>First</li><li>Second</li></ul>
        <blockquote>Quoted earlier mail</blockquote>
        </body></html>
        """;

    [Fact]
    public void Scripts_event_handlers_remote_images_css_urls_javascript_links_iframes_and_forms_do_not_survive()
    {
        var safe = MailHtml.Sanitize(Hostile)!;

        foreach (var gone in new[] { "<script", "steal", "onclick", "onload", "onmouseover", "tracker.example", "url(", "style", "javascript:", "<iframe", "frame text", "<form", "<input", "<button", "<svg", "<link", "background", "/desk/tickets" })
        {
            Assert.DoesNotContain(gone, safe, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("Hello <b>Jan</b>,", safe, StringComparison.Ordinal);
        Assert.Contains("Cell text", safe, StringComparison.Ordinal);
        Assert.Contains("<li>First</li>", safe, StringComparison.Ordinal);
        Assert.Contains("<blockquote>Quoted earlier mail</blockquote>", safe, StringComparison.Ordinal);
        Assert.Contains("Click me", safe, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://www.red-it.nl/status\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">Status page</a>", safe, StringComparison.Ordinal);
        // The tracking pixel is gone, and the reader is told an image was there.
        Assert.Contains(MailHtml.ImageNote, safe, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", safe, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_inside_the_mail_stays_and_any_other_image_becomes_a_note()
    {
        const string pixel = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";
        var safe = MailHtml.Sanitize($"""
            <p><img src="{pixel}" alt="logo"></p>
            <p><img src="cid:part1@mail" alt="inline"></p>
            <p><img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="svg"></p>
            <p><img src="http://tracker.example/x.gif"></p>
            <p><a href="mailto:info@example.nl">Mail us</a></p>
            """)!;

        Assert.Contains($"<img src=\"{pixel}\" alt=\"logo\">", safe, StringComparison.Ordinal);
        Assert.Equal(3, safe.Split(MailHtml.ImageNote).Length - 1);
        Assert.DoesNotContain("cid:", safe, StringComparison.Ordinal);
        Assert.DoesNotContain("svg", safe, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:info@example.nl\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">Mail us</a>", safe, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_that_leaves_nothing_to_show_is_stored_as_no_html_at_all()
    {
        Assert.Null(MailHtml.Sanitize("<html><head><script>steal()</script></head><body>  </body></html>"));
    }
}
