using RedIt.Portal.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace RedIt.Portal.Tests.Domains;

// Openprovider's answers as recorded from its API, and a portal whose real client talks to a local
// server that gives them, with the delivery worker off so a test runs the steps round by round.
internal static class RecordedOpenprovider
{
    public const string Login = """{"code":0,"desc":"","data":{"token":"f8a2c7e1d4b9","reseller_id":123456}}""";
    public const string Handle = """{"code":0,"desc":"","data":{"handle":"JJ123456-NL"}}""";

    public static PortalFactory PortalFor(WireMockServer api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.Given(Request.Create().WithPath("/v1beta/auth/login").UsingPost()).RespondWith(Json(200, Login));
        api.Given(Request.Create().WithPath("/v1beta/customers").UsingPost()).RespondWith(Json(200, Handle));
        return new PortalFactory()
            .With("Openprovider:Simulate", "false")
            .With("Openprovider:BaseUrl", api.Url + "/v1beta")
            .With("Openprovider:Username", "redit")
            .With("Openprovider:Password", "secret")
            .With("Provisioning:WorkerEnabled", "false");
    }

    public static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
}
