using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Disclosures;
using RedIt.Portal.Features.ErrorReports;
using RedIt.Portal.Privacy;
using RedIt.Portal.Tests.Infrastructure;
using Sentry;

namespace RedIt.Portal.Tests.ErrorReports;

// 2.10: a failed sign-in and an unhandled error are reported with the user's IP address and
// e-mail address and nothing else of theirs; each report has its copy and its disclosure.
[Trait("Policy", "2.10")]
[Collection(ErrorReportingCollection.Name)]
public sealed class ErrorReportingTests : IDisposable
{
    private readonly EnvelopeCollector _collector = new();
    private readonly ErrorReportingPortal _portal;

    public ErrorReportingTests()
    {
        _portal = new ErrorReportingPortal(_collector.Dsn);
    }

    [Fact]
    public async Task A_failed_sign_in_is_reported_with_the_ip_and_e_mail_address_and_nothing_else()
    {
        var (browser, cookies) = _portal.CookieBrowserAt("203.0.113.41");
        var person = await RegisterAsync(browser);
        await _portal.FlushAsync();
        _collector.Clear();

        var login = await browser.GetAsync("/account/login?returnUrl=%2Fprofile%3Fsecret%3Dq7w8e9");
        var antiforgery = login.Value("__RequestVerificationToken")!;
        var typedPassword = "Not-my-password-" + Guid.NewGuid().ToString("N");
        var failed = await browser.SubmitAndFollowAsync(login, new Dictionary<string, string>(StringComparer.Ordinal) { ["Email"] = person.Email, ["Password"] = typedPassword });
        Assert.Contains("The e-mail address or password is not correct.", failed.Text, StringComparison.Ordinal);
        await _portal.FlushAsync();

        var envelope = Assert.Single(_collector.Envelopes);
        var sent = envelope.Event;
        Assert.Equal("203.0.113.41", sent.GetProperty("user").GetProperty("ip_address").GetString());
        Assert.Equal(person.Email, sent.GetProperty("user").GetProperty("email").GetString());
        Assert.Equal("FailedLogin", sent.GetProperty("tags").GetProperty("report").GetString());
        Assert.Equal(["email", "ip_address"], sent.GetProperty("user").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        // Of the request only where it went: no body, cookies, headers or query string.
        Assert.Equal(["method", "url"], sent.GetProperty("request").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("https://localhost/account/login", sent.GetProperty("request").GetProperty("url").GetString());

        string[] mustNotLeave =
        [
            typedPassword, person.FirstName, person.LastName, person.Phone, person.Street, person.City, person.PostalCode,
            antiforgery, "q7w8e9", "__RequestVerificationToken", $"\"{ProxiedContactPortalProxy}\"", "X-Forwarded-For", "X-Test-Peer",
            .. cookies.GetAllCookies().Select(c => c.Value),
        ];
        foreach (var value in mustNotLeave)
        {
            Assert.DoesNotContain(value, envelope.Text, StringComparison.OrdinalIgnoreCase);
        }

        var reference = sent.GetProperty("tags").GetProperty("reference").GetString();
        var report = await _portal.WithDbAsync(db => db.Set<ErrorReport>().SingleAsync(r => r.Email == person.Email));
        Assert.Equal(ErrorReportKind.FailedLogin, report.Kind);
        Assert.Equal(person.Id, report.PersonId);
        Assert.Equal("203.0.113.41", report.IpAddress);
        Assert.Equal(reference, report.Reference);
        Assert.DoesNotContain(typedPassword, report.Message, StringComparison.Ordinal);

        var disclosure = await _portal.WithDbAsync(db => db.Set<Disclosure>().SingleAsync(d => d.PersonId == person.Id && d.Recipient == Recipients.ErrorReporting.Name));
        Assert.Equal("IP address, e-mail address", disclosure.DataItems);
        Assert.Contains(reference!, disclosure.Reference, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_sign_in_with_an_address_that_has_no_account_is_reported_without_a_disclosure()
    {
        var (browser, _) = _portal.CookieBrowserAt("198.51.100.23");
        var email = People.NewEmail("nobody");
        await _portal.FlushAsync();
        _collector.Clear();

        await People.LoginAsync(browser, email, "Some-guess-" + Guid.NewGuid().ToString("N"));
        await _portal.FlushAsync();

        var sent = Assert.Single(_collector.Envelopes).Event;
        Assert.Equal(email, sent.GetProperty("user").GetProperty("email").GetString());
        var report = await _portal.WithDbAsync(db => db.Set<ErrorReport>().SingleAsync(r => r.Email == email));
        Assert.Null(report.PersonId);
        Assert.Equal(ErrorReportKind.FailedLogin, report.Kind);
        Assert.False(await _portal.WithDbAsync(db => db.Set<Disclosure>().AnyAsync(d => d.Reference!.Contains(report.Reference))));
    }

    [Fact]
    public async Task An_unhandled_error_is_reported_and_the_error_page_shows_its_reference()
    {
        var (browser, cookies) = _portal.CookieBrowserAt("192.0.2.77");
        var person = await RegisterAsync(browser);
        var profile = await People.LoginAsync(browser, person.Email);
        Assert.Equal("My details", profile.Heading);
        await _portal.FlushAsync();
        _collector.Clear();

        var page = await browser.GetAsync("/test-failure?token=z5x6c7");
        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        var shown = page.Document.QuerySelector(".reference code")!.TextContent.Trim();
        await _portal.FlushAsync();

        var envelope = Assert.Single(_collector.Envelopes);
        var sent = envelope.Event;
        Assert.Equal(shown, sent.GetProperty("tags").GetProperty("reference").GetString());
        Assert.Equal("Exception", sent.GetProperty("tags").GetProperty("report").GetString());
        Assert.Equal("192.0.2.77", sent.GetProperty("user").GetProperty("ip_address").GetString());
        Assert.Equal(person.Email, sent.GetProperty("user").GetProperty("email").GetString());
        Assert.Equal(typeof(InvalidOperationException).FullName, sent.GetProperty("exception").GetProperty("values")[0].GetProperty("type").GetString());
        foreach (var value in cookies.GetAllCookies().Select(c => c.Value).Append("z5x6c7").Append(FailingController.OtherPersonsEmail).Append(person.LastName))
        {
            Assert.DoesNotContain(value, envelope.Text, StringComparison.OrdinalIgnoreCase);
        }

        var report = await _portal.WithDbAsync(db => db.Set<ErrorReport>().SingleAsync(r => r.Reference == shown));
        Assert.Equal(ErrorReportKind.Exception, report.Kind);
        Assert.Equal(person.Id, report.PersonId);
        Assert.Equal(person.Email, report.Email);
        Assert.DoesNotContain(FailingController.OtherPersonsEmail, report.Message, StringComparison.Ordinal);
        Assert.True(await _portal.WithDbAsync(db => db.Set<Disclosure>().AnyAsync(d => d.PersonId == person.Id && d.Recipient == Recipients.ErrorReporting.Name)));
    }

    [Fact]
    public async Task Without_a_dsn_nothing_is_sent_and_nothing_is_written()
    {
        using var elsewhere = new EnvelopeCollector();
        await using var off = new ErrorReportingPortal("");
        Assert.Null(off.Services.GetService<IHub>());
        await _portal.FlushAsync();
        _collector.Clear();

        var (browser, _) = off.CookieBrowserAt("203.0.113.99");
        var person = await RegisterAsync(browser, off);
        await People.LoginAsync(browser, person.Email, "Wrong-" + Guid.NewGuid().ToString("N"));
        var page = await browser.GetAsync("/test-failure");
        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.NotEmpty(page.Document.QuerySelector(".reference code")!.TextContent.Trim());
        await _portal.FlushAsync();

        Assert.Empty(elsewhere.Envelopes);
        Assert.Empty(_collector.Envelopes);
        Assert.False(await off.WithDbAsync(db => db.Set<ErrorReport>().AnyAsync()));
        Assert.False(await off.WithDbAsync(db => db.Set<Disclosure>().AnyAsync(d => d.Recipient == Recipients.ErrorReporting.Name)));
    }

    private const string ProxiedContactPortalProxy = Contact.ProxiedContactPortal.Proxy;

    private sealed record Person(Guid Id, string Email, string FirstName, string LastName, string Phone, string Street, string City, string PostalCode);

    private Task<Person> RegisterAsync(Browserless browser) => RegisterAsync(browser, _portal);

    // A confirmed customer whose name, phone number and address are all distinctive.
    private static async Task<Person> RegisterAsync(Browserless browser, PortalFactory portal)
    {
        var email = People.NewEmail("reported");
        var tag = Guid.NewGuid().ToString("N")[..8];
        var form = People.PrivateCustomer(email);
        form["FirstName"] = "Wieteke" + tag;
        form["LastName"] = "Brouwershaven" + tag;
        form["PhoneNumber"] = "020-6" + string.Concat(tag.Where(char.IsDigit)).PadRight(6, '3')[..6];
        form["Address.Street"] = "Prinsengracht" + tag;
        form["Address.City"] = "Zaandam" + tag;
        await People.RegisterAsync(browser, form);
        await People.ConfirmAsync(browser, email);
        var id = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        return new Person(id, email, form["FirstName"], form["LastName"], form["PhoneNumber"][4..], form["Address.Street"], form["Address.City"], "1012");
    }

    public void Dispose()
    {
        _portal.Dispose();
        _collector.Dispose();
    }
}
