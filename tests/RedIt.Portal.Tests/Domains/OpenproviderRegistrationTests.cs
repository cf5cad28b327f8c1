using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RedIt.Portal.Features.Domains;
using RedIt.Portal.Features.Domains.Supplier;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace RedIt.Portal.Tests.Domains;

// The real client creating registrants and registering domains against a local server that answers
// as api.openprovider.eu/v1beta does; every test reads the exact body Openprovider received.
[Trait("Policy", "2.3")]
public sealed class OpenproviderRegistrationTests : IDisposable
{
    private const string Login = RecordedOpenprovider.Login;
    private const string Handle = """{"code":0,"desc":"","data":{"handle":"JJ123456-NL"}}""";
    private readonly WireMockServer _api = WireMockServer.Start();
    private readonly OpenproviderToken _token = new();
    private readonly HttpClient _http;

    public OpenproviderRegistrationTests()
    {
        _http = new HttpClient { BaseAddress = new Uri(_api.Url + "/v1beta/") };
        _api.Given(Request.Create().WithPath("/v1beta/auth/login").UsingPost()).RespondWith(Json(200, Login));
    }

    [Fact]
    public async Task A_private_registrant_sends_only_name_address_phone_email_and_locale()
    {
        _api.Given(Request.Create().WithPath("/v1beta/customers").UsingPost().WithHeader("Authorization", "Bearer f8a2c7e1d4b9")).RespondWith(Json(200, Handle));

        var handle = await Client().CreateContactAsync(Private());

        Assert.Equal("JJ123456-NL", handle);
        AssertJson(
            """
            {"name":{"initials":"J.","first_name":"Jan","last_name":"Jansen"},
             "address":{"street":"Dorpsstraat","number":"12","zipcode":"1234 AB","city":"Amsterdam","country":"NL"},
             "phone":{"country_code":"+31","area_code":"20","subscriber_number":"1234567"},
             "email":"jan@example.nl","locale":"nl_NL"}
            """,
            Body("/v1beta/customers"));
    }

    [Fact]
    public async Task A_business_registrant_sends_its_company_name_and_the_gender_its_registry_requires()
    {
        _api.Given(Request.Create().WithPath("/v1beta/customers").UsingPost()).RespondWith(Json(200, Handle));
        var registrant = new DomainRegistrant("Anna Maria", "de Vries", RegistrantGender.Female, "Bakkerij De Vries B.V.",
            "Kerkplein", "7a", "3511 AB", "Utrecht", "nl", "+31302345678", "anna@bakkerij.nl", "en");

        await Client().CreateContactAsync(registrant);

        AssertJson(
            """
            {"name":{"initials":"A.M.","first_name":"Anna Maria","last_name":"de Vries"},
             "gender":"F","company_name":"Bakkerij De Vries B.V.",
             "address":{"street":"Kerkplein","number":"7","suffix":"a","zipcode":"3511 AB","city":"Utrecht","country":"NL"},
             "phone":{"country_code":"+31","area_code":"30","subscriber_number":"2345678"},
             "email":"anna@bakkerij.nl","locale":"en_GB"}
            """,
            Body("/v1beta/customers"));
    }

    [Theory]
    [InlineData("+31612345678", "6", "12345678")]
    [InlineData("+31201234567", "20", "1234567")]
    public async Task A_dutch_number_is_split_into_country_code_area_code_and_subscriber_number(string e164, string area, string subscriber)
    {
        _api.Given(Request.Create().WithPath("/v1beta/customers").UsingPost()).RespondWith(Json(200, Handle));

        await Client().CreateContactAsync(Private() with { PhoneNumber = e164 });

        var phone = JsonNode.Parse(Body("/v1beta/customers")!)!["phone"];
        AssertJson($$"""{"country_code":"+31","area_code":"{{area}}","subscriber_number":"{{subscriber}}"}""", phone!.ToJsonString());
    }

    [Fact]
    public async Task Registering_sends_the_owner_handle_for_every_role_the_period_and_the_name_servers()
    {
        _api.Given(Request.Create().WithPath("/v1beta/domains").UsingPost()).RespondWith(Json(200,
            """{"code":0,"desc":"","data":{"activation_date":"2026-04-29 17:15:19","auth_code":"C8wgG25tQ","expiration_date":"2028-04-29 17:15:19","id":10592139,"renewal_date":"2028-04-29 17:15:19","status":"ACT"}}"""));

        var registered = await Client().RegisterAsync(new DomainRegistration("winkel", "nl", 2, "JJ123456-NL", ["ns1.red-it.nl", "ns2.red-it.nl"]));

        Assert.Equal(new RegisteredDomain("10592139", new DateTime(2028, 4, 29, 0, 0, 0, DateTimeKind.Utc), "ACT"), registered);
        Assert.Equal(DateTimeKind.Utc, registered.ExpiresOn!.Value.Kind);
        AssertJson(
            """
            {"domain":{"name":"winkel","extension":"nl"},"period":2,
             "owner_handle":"JJ123456-NL","admin_handle":"JJ123456-NL","tech_handle":"JJ123456-NL",
             "name_servers":[{"name":"ns1.red-it.nl"},{"name":"ns2.red-it.nl"}],"autorenew":"off"}
            """,
            Body("/v1beta/domains"));
    }

    [Fact]
    public async Task Without_name_servers_it_asks_for_openproviders_group_and_a_requested_domain_has_no_expiry_yet()
    {
        _api.Given(Request.Create().WithPath("/v1beta/domains").UsingPost()).RespondWith(Json(200, """{"code":0,"desc":"","data":{"id":10592140,"status":"REQ"}}"""));

        var registered = await Client().RegisterAsync(new DomainRegistration("winkel", "be", 1, "JJ123456-NL", []));

        Assert.Equal(new RegisteredDomain("10592140", null, "REQ"), registered);
        AssertJson(
            """
            {"domain":{"name":"winkel","extension":"be"},"period":1,
             "owner_handle":"JJ123456-NL","admin_handle":"JJ123456-NL","tech_handle":"JJ123456-NL",
             "ns_group":"dns-openprovider","autorenew":"off"}
            """,
            Body("/v1beta/domains"));
    }

    [Fact]
    public async Task Changing_name_servers_sends_the_domain_and_its_servers_and_none_asks_for_openproviders_group()
    {
        _api.Given(Request.Create().WithPath("/v1beta/domains/10592139").UsingPut()).RespondWith(Json(200, """{"code":0,"desc":"","data":{"status":"ACT"}}"""));
        _api.Given(Request.Create().WithPath("/v1beta/domains/10592140").UsingPut()).RespondWith(Json(200, """{"code":0,"desc":"","data":{"status":"ACT"}}"""));

        await Client().ChangeNameServersAsync("10592139", "winkel", "nl", ["ns1.example.nl", "ns2.example.nl"]);
        await Client().ChangeNameServersAsync("10592140", "winkel", "be", []);

        AssertJson("""{"domain":{"name":"winkel","extension":"nl"},"name_servers":[{"name":"ns1.example.nl"},{"name":"ns2.example.nl"}]}""", Body("/v1beta/domains/10592139"));
        AssertJson("""{"domain":{"name":"winkel","extension":"be"},"ns_group":"dns-openprovider"}""", Body("/v1beta/domains/10592140"));
    }

    [Fact]
    public async Task Finding_asks_for_the_full_name_and_answers_null_when_the_account_does_not_hold_it()
    {
        _api.Given(Request.Create().WithPath("/v1beta/domains").WithParam("full_name", "winkel.nl").UsingGet()).RespondWith(Json(200,
            """{"code":0,"desc":"","data":{"results":[{"id":10592139,"domain":{"name":"winkel","extension":"nl"},"status":"ACT","expiration_date":"2027-01-29 0:00:00"}],"total":1}}"""));
        _api.Given(Request.Create().WithPath("/v1beta/domains").WithParam("full_name", "leeg.nl").UsingGet()).RespondWith(Json(200,
            """{"code":0,"desc":"","data":{"results":[],"total":0}}"""));
        var client = Client();

        var found = await client.FindAsync("winkel", "nl");
        var missing = await client.FindAsync("leeg", "nl");

        Assert.Equal(new RegisteredDomain("10592139", new DateTime(2027, 1, 29, 0, 0, 0, DateTimeKind.Utc), "ACT"), found);
        Assert.Null(missing);
        var queries = _api.LogEntries.Where(e => e.RequestMessage.Path == "/v1beta/domains").Select(e => (e.RequestMessage.Method, e.RequestMessage.RawQuery, e.RequestMessage.Body));
        Assert.Equal([("GET", "?full_name=winkel.nl", null), ("GET", "?full_name=leeg.nl", null)], queries);
    }

    [Fact]
    public async Task A_server_error_an_answer_that_is_no_json_or_no_connection_is_unavailable()
    {
        _api.Given(Request.Create().WithPath("/v1beta/domains").UsingPost()).RespondWith(Json(500, """{"code":1,"desc":"Internal error"}"""));
        _api.Given(Request.Create().WithPath("/v1beta/customers").UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithBody("<html>Bad gateway</html>"));
        var client = Client();

        await Assert.ThrowsAsync<DomainSupplierUnavailableException>(() => client.RegisterAsync(new DomainRegistration("winkel", "nl", 1, "JJ123456-NL", [])));
        await Assert.ThrowsAsync<DomainSupplierUnavailableException>(() => client.CreateContactAsync(Private()));

        var gone = WireMockServer.Start();
        using var unreachable = new HttpClient { BaseAddress = new Uri(gone.Url + "/v1beta/") };
        gone.Stop();
        gone.Dispose();
        using var freshToken = new OpenproviderToken();
        var offline = new OpenproviderClient(unreachable, freshToken, Account(), NullLogger<OpenproviderClient>.Instance);
        await Assert.ThrowsAsync<DomainSupplierUnavailableException>(() => offline.FindAsync("winkel", "nl"));
    }

    [Fact]
    public async Task A_validation_error_is_a_refusal_with_openproviders_code_and_never_its_description()
    {
        _api.Given(Request.Create().WithPath("/v1beta/domains").UsingPost()).RespondWith(Json(400, """{"code":346,"desc":"Domain already exists for Jan Jansen"}"""));
        _api.Given(Request.Create().WithPath("/v1beta/customers").UsingPost()).RespondWith(Json(200, """{"code":102,"desc":"Invalid e-mail jan@example.nl"}"""));
        var logger = new RecordingLogger();
        var client = new OpenproviderClient(_http, _token, Account(), logger);

        var taken = await Assert.ThrowsAsync<DomainSupplierRefusedException>(() => client.RegisterAsync(new DomainRegistration("winkel", "nl", 1, "JJ123456-NL", [])));
        var invalid = await Assert.ThrowsAsync<DomainSupplierRefusedException>(() => client.CreateContactAsync(Private()));

        Assert.Equal("Openprovider refused domains with code 346.", taken.Message);
        Assert.Equal("Openprovider refused customers with code 102.", invalid.Message);
        Assert.Equal(["Openprovider answered 400 with code 346 to domains", "Openprovider answered 200 with code 102 to customers"], logger.Messages);
    }

    [Fact]
    public async Task The_simulator_creates_a_contact_registers_a_domain_and_finds_it()
    {
        using var simulator = new OpenproviderSimulator();
        using var http = new HttpClient(simulator, disposeHandler: false) { BaseAddress = new Uri("https://openprovider.simulator/v1beta/") };
        using var token = new OpenproviderToken();
        var client = new OpenproviderClient(http, token, Options.Create(new OpenproviderOptions { Simulate = true }), NullLogger<OpenproviderClient>.Instance);
        var before = DateTime.UtcNow.Date;

        var handle = await client.CreateContactAsync(Private());
        Assert.Null(await client.FindAsync("simulatorwinkel", "nl"));
        var registered = await client.RegisterAsync(new DomainRegistration("simulatorwinkel", "nl", 2, handle, []));
        var found = await client.FindAsync("simulatorwinkel", "nl");

        Assert.Matches("^JJ[0-9]{6}-NL$", handle);
        Assert.InRange(registered.ExpiresOn!.Value, before.AddYears(2), DateTime.UtcNow.Date.AddYears(2));
        Assert.Equal(registered, found);
        var again = await Assert.ThrowsAsync<DomainSupplierRefusedException>(() => client.RegisterAsync(new DomainRegistration("simulatorwinkel", "nl", 1, handle, [])));
        var taken = await Assert.ThrowsAsync<DomainSupplierRefusedException>(() => client.RegisterAsync(new DomainRegistration("takenwinkel", "nl", 1, handle, [])));
        Assert.Equal("Openprovider refused domains with code 346.", again.Message);
        Assert.Equal(again.Message, taken.Message);
    }

    public void Dispose()
    {
        _http.Dispose();
        _token.Dispose();
        _api.Stop();
        _api.Dispose();
    }

    private static DomainRegistrant Private() =>
        new("Jan", "Jansen", null, null, "Dorpsstraat", "12", "1234 AB", "Amsterdam", "nl", "+31201234567", "jan@example.nl", "nl");

    private static IOptions<OpenproviderOptions> Account() =>
        Options.Create(new OpenproviderOptions { Username = "redit", Password = "secret" });

    private static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    // The same properties with the same values, whatever their order or escaping ("+" is sent as \u002B).
    private static void AssertJson(string expected, string? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual ?? "null")), actual);

    private OpenproviderClient Client() => new(_http, _token, Account(), NullLogger<OpenproviderClient>.Instance);

    private string? Body(string path) => Assert.Single(_api.LogEntries, e => e.RequestMessage.Path == path).RequestMessage.Body;

    private sealed class RecordingLogger : ILogger<OpenproviderClient>
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add(formatter(state, exception));
    }
}
