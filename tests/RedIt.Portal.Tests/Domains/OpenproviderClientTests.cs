using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RedIt.Portal.Features.Domains.Supplier;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace RedIt.Portal.Tests.Domains;

// The real client against a local server that answers as api.openprovider.eu/v1beta does.
[Trait("Policy", "2.3")]
public sealed class OpenproviderClientTests : IDisposable
{
    private const string Login = RecordedOpenprovider.Login;
    private readonly WireMockServer _api = WireMockServer.Start();
    private readonly OpenproviderToken _token = new();
    private readonly HttpClient _http;

    public OpenproviderClientTests()
    {
        _http = new HttpClient { BaseAddress = new Uri(_api.Url + "/v1beta/") };
    }

    [Fact]
    public async Task It_logs_in_once_and_asks_only_for_the_name_and_its_extensions()
    {
        _api.Given(Request.Create().WithPath("/v1beta/auth/login").UsingPost()).RespondWith(Response.Create().WithBody(Login).WithHeader("Content-Type", "application/json"));
        _api.Given(Request.Create().WithPath("/v1beta/domains/check").UsingPost().WithHeader("Authorization", "Bearer f8a2c7e1d4b9"))
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(
                """{"code":0,"desc":"","data":{"results":[{"domain":"winkel.nl","status":"free"},{"domain":"winkel.com","status":"active","reason":"Domain exists"}]}}"""));
        var client = Client();

        var first = await client.CheckAsync("winkel", ["nl", "com"]);
        await client.CheckAsync("winkel", ["nl", "com"]);

        Assert.Equal([("winkel.nl", DomainAvailabilityStatus.Free), ("winkel.com", DomainAvailabilityStatus.Taken)], first.Select(a => (a.Domain, a.Status)));
        Assert.Single(_api.LogEntries, e => e.RequestMessage.Path == "/v1beta/auth/login");
        var login = _api.LogEntries.First(e => e.RequestMessage.Path == "/v1beta/auth/login").RequestMessage.Body;
        Assert.Equal("""{"username":"redit","password":"secret"}""", login);
        var check = _api.LogEntries.First(e => e.RequestMessage.Path == "/v1beta/domains/check").RequestMessage.Body;
        Assert.Equal("""{"domains":[{"name":"winkel","extension":"nl"},{"name":"winkel","extension":"com"}],"with_price":false}""", check);
    }

    [Fact]
    public async Task A_refused_token_leads_to_one_new_login_and_a_supplier_error_to_unavailable()
    {
        _api.Given(Request.Create().WithPath("/v1beta/auth/login").UsingPost()).RespondWith(Response.Create().WithBody(Login));
        _api.Given(Request.Create().WithPath("/v1beta/domains/check").UsingPost())
            .InScenario("expired").WillSetStateTo("renewed")
            .RespondWith(Response.Create().WithStatusCode(401).WithBody("""{"code":196,"desc":"Authentication/Authorization Failed"}"""));
        _api.Given(Request.Create().WithPath("/v1beta/domains/check").UsingPost())
            .InScenario("expired").WhenStateIs("renewed").WillSetStateTo("down")
            .RespondWith(Response.Create().WithBody("""{"code":0,"data":{"results":[{"domain":"winkel.nl","status":"free"}]}}"""));
        _api.Given(Request.Create().WithPath("/v1beta/domains/check").UsingPost())
            .InScenario("expired").WhenStateIs("down")
            .RespondWith(Response.Create().WithStatusCode(500).WithBody("""{"code":1,"desc":"Internal error"}"""));
        var client = Client();

        var answer = await client.CheckAsync("winkel", ["nl"]);
        Assert.Equal(DomainAvailabilityStatus.Free, Assert.Single(answer).Status);
        Assert.Equal(2, _api.LogEntries.Count(e => e.RequestMessage.Path == "/v1beta/auth/login"));

        await Assert.ThrowsAsync<DomainSupplierUnavailableException>(() => client.CheckAsync("winkel", ["nl"]));
    }

    [Fact]
    public async Task Without_an_account_it_sends_nothing()
    {
        var client = new OpenproviderClient(_http, _token, Options.Create(new OpenproviderOptions()), NullLogger<OpenproviderClient>.Instance);
        await Assert.ThrowsAsync<DomainSupplierUnavailableException>(() => client.CheckAsync("winkel", ["nl"]));
        Assert.Empty(_api.LogEntries);
    }

    public void Dispose()
    {
        _http.Dispose();
        _token.Dispose();
        _api.Stop();
        _api.Dispose();
    }

    private OpenproviderClient Client() =>
        new(_http, _token, Options.Create(new OpenproviderOptions { Username = "redit", Password = "secret" }), NullLogger<OpenproviderClient>.Instance);
}
