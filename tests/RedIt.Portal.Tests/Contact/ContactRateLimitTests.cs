using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Tests.Infrastructure;
using static RedIt.Portal.Tests.Contact.ContactFormTests;

namespace RedIt.Portal.Tests.Contact;

[Trait("Policy", "1.2")]
public sealed class ContactRateLimitTests : IDisposable
{
    private const int Permits = 2;
    private readonly LimitedPortal _portal = new();

    [Fact]
    public async Task One_IP_address_sends_only_so_many_messages_and_then_reads_a_clear_page()
    {
        var browser = _portal.BrowserAt("203.0.113.60");
        var form = await browser.GetAsync("/contact");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= Permits; i++)
        {
            using var response = await browser.SubmitAsync(form, Message(People.NewEmail("visitor")));
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(Permits), s => Assert.Equal(HttpStatusCode.Redirect, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        var refused = await Browserless.Page.FromAsync(await browser.SubmitAsync(form, Message(People.NewEmail("visitor"))));
        Assert.Equal("Too many attempts", refused.Heading);
        Assert.Contains("Please wait a minute and try again.", refused.Text, StringComparison.Ordinal);

        // Another address is not held back by this one.
        var other = _portal.BrowserAt("203.0.113.61");
        using var accepted = await other.SubmitAsync(await other.GetAsync("/contact"), Message(People.NewEmail("visitor")));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public async Task One_sender_address_sends_only_so_many_messages_from_whatever_IP_address()
    {
        var email = People.NewEmail("flooder").ToUpperInvariant();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= Permits; i++)
        {
            var browser = _portal.BrowserAt($"198.51.100.{100 + i}");
            using var response = await browser.SubmitAsync(await browser.GetAsync("/contact"), Message(email));
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(Permits), s => Assert.Equal(HttpStatusCode.Redirect, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(Permits, await _portal.WithDbAsync(db => db.Set<Ticket>().CountAsync(t => t.Email == email)));
    }

    public void Dispose() => _portal.Dispose();

    private sealed class LimitedPortal : ProxiedContactPortal
    {
        public LimitedPortal() => With("Security:ContactPermitsPerHour", Permits.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
