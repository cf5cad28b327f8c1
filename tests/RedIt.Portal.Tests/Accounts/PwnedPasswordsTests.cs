using System.Security.Cryptography;
using System.Text;
using RedIt.Portal.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace RedIt.Portal.Tests.Accounts;

// The portal with the Have I Been Pwned check switched on, against a local server that answers
// in the shape of api.pwnedpasswords.com.
public sealed class PwnedPasswordsPortal : IDisposable
{
    public PwnedPasswordsPortal()
    {
        Api = WireMockServer.Start();
        Portal = new PortalFactory()
            .With("Security:PwnedPasswords:Enabled", "true")
            .With("Security:PwnedPasswords:BaseUrl", Api.Url)
            .With("Security:PwnedPasswords:TimeoutSeconds", "1");
    }

    public WireMockServer Api { get; }

    public PortalFactory Portal { get; }

    public void Dispose()
    {
        Portal.Dispose();
        Api.Stop();
        Api.Dispose();
    }
}

[Trait("Policy", "4")]
public sealed class PwnedPasswordsTests(PwnedPasswordsPortal fixture) : IClassFixture<PwnedPasswordsPortal>
{
    private const string Refused = "This password is too common or has appeared in a data breach; choose another.";

    private static string NewPassword() => $"breach test {Guid.NewGuid():N}";

    private static (string Prefix, string Suffix) Hash(string password)
    {
#pragma warning disable CA5350 // The range API is keyed on SHA-1.
        var hex = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(password)));
#pragma warning restore CA5350
        return (hex[..5], hex[5..]);
    }

    // What the API answers with Add-Padding: real suffixes with their counts, then padding lines of count 0.
    private static string RangeBody(params (string Suffix, int Count)[] lines) =>
        string.Concat(new[] { ("0018A45C4D1DEF81644B54AB7F969B88D65", 3), ("00D4F6E8FA6EECAD2A3AA415EEC418D38EC", 2) }
            .Concat(lines)
            .Concat(Enumerable.Range(0, 5).Select(i => (Convert.ToHexString(RandomNumberGenerator.GetBytes(18))[..35], 0)))
            .Select(line => $"{line.Item1}:{line.Item2}\r\n"));

    private void Answer(string prefix, IResponseBuilder response) =>
        fixture.Api.Given(Request.Create().WithPath($"/range/{prefix}").UsingGet()).RespondWith(response);

    private async Task<Browserless.Page> SignUpAsync(string password)
    {
        var browser = new Browserless(fixture.Portal.CreateClient());
        var form = People.PrivateCustomer(People.NewEmail());
        form["Password"] = form["ConfirmPassword"] = password;
        return await People.RegisterAsync(browser, form);
    }

    private IEnumerable<WireMock.Logging.ILogEntry> RequestsFor(string prefix) =>
        fixture.Api.LogEntries.Where(entry => entry.RequestMessage.Path.Contains(prefix, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public async Task A_listed_password_is_refused_and_only_five_characters_of_its_hash_are_sent()
    {
        var password = NewPassword();
        var (prefix, suffix) = Hash(password);
        Answer(prefix, Response.Create().WithStatusCode(200).WithBody(RangeBody((suffix, 52_579))));

        var rejected = await SignUpAsync(password);
        Assert.Equal(Refused, rejected.FieldError("Password"));

        var request = Assert.Single(RequestsFor(prefix)).RequestMessage;
        Assert.Equal($"/range/{prefix}", request.Path);
        Assert.Empty(request.Query ?? new Dictionary<string, WireMock.Types.WireMockList<string>>());
        Assert.Null(request.Body);
        Assert.Equal("true", Assert.Single(request.Headers!["Add-Padding"]));
        Assert.NotEmpty(request.Headers!["User-Agent"]);
        var everything = request.Url + string.Join(" ", request.Headers.SelectMany(header => header.Value));
        Assert.DoesNotContain(suffix, everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(password, everything, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unlisted_password_is_accepted_even_when_its_suffix_is_a_padding_line()
    {
        var password = NewPassword();
        var (prefix, suffix) = Hash(password);
        Answer(prefix, Response.Create().WithStatusCode(200).WithBody(RangeBody((suffix, 0))));

        Assert.Equal("Check your e-mail", (await SignUpAsync(password)).Heading);
        Assert.Single(RequestsFor(prefix));
    }

    [Fact]
    public async Task A_service_that_answers_503_does_not_block_sign_up()
    {
        var password = NewPassword();
        Answer(Hash(password).Prefix, Response.Create().WithStatusCode(503));

        Assert.Equal("Check your e-mail", (await SignUpAsync(password)).Heading);
        Assert.Single(RequestsFor(Hash(password).Prefix));
    }

    [Fact]
    public async Task A_service_slower_than_the_timeout_does_not_block_sign_up()
    {
        var password = NewPassword();
        var (prefix, suffix) = Hash(password);
        Answer(prefix, Response.Create().WithStatusCode(200).WithBody(RangeBody((suffix, 9))).WithDelay(TimeSpan.FromSeconds(10)));

        Assert.Equal("Check your e-mail", (await SignUpAsync(password)).Heading);
    }

    [Fact]
    public async Task The_offline_list_applies_without_asking_the_service()
    {
        const string password = "baseball12345";
        var prefix = Hash(password).Prefix;
        Answer(prefix, Response.Create().WithStatusCode(503));

        Assert.Equal(Refused, (await SignUpAsync(password)).FieldError("Password"));
        Assert.Empty(RequestsFor(prefix));
    }
}
