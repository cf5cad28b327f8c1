using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Certificates;
using RedIt.Portal.Features.Certificates.Acme;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Orders.Provisioning;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Orders;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace RedIt.Portal.Tests.Certificates;

// The ACME client against a local server answering as Let's Encrypt does (RFC 8555 shapes): a
// stale nonce is signed again, a failed validation stops the step with its problem type.
[Trait("Policy", "2.3")]
public sealed class AcmeProblemTests : IDisposable
{
    private readonly WireMockServer _api = WireMockServer.Start();
    private readonly PortalFactory _portal;

    public AcmeProblemTests()
    {
        _portal = new PortalFactory()
            .With("Acme:Simulate", "false")
            .With("Acme:DirectoryUrl", _api.Url + "/directory")
            .With("Acme:DefaultPollDelayMilliseconds", "10")
            .With("Provisioning:WorkerEnabled", "false");
        var url = _api.Url;
        _api.Given(Request.Create().WithPath("/directory").UsingGet()).RespondWith(Json(200,
            $$$"""{"newNonce":"{{{url}}}/acme/new-nonce","newAccount":"{{{url}}}/acme/new-acct","newOrder":"{{{url}}}/acme/new-order","meta":{"termsOfService":"https://letsencrypt.org/documents/LE-SA-v1.5-February-24-2025.pdf"}}"""));
        _api.Given(Request.Create().WithPath("/acme/new-nonce").UsingHead()).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Replay-Nonce", "nonce-head"));
        // The first newAccount meets a nonce the server no longer knows, as after a restart of Boulder.
        _api.Given(Request.Create().WithPath("/acme/new-acct").UsingPost()).InScenario("nonce").WillSetStateTo("fresh")
            .RespondWith(Problem(400, "badNonce", "JWS has an invalid anti-replay nonce", "nonce-fresh"));
        _api.Given(Request.Create().WithPath("/acme/new-acct").UsingPost()).InScenario("nonce").WhenStateIs("fresh")
            .RespondWith(Json(201, """{"key":{"kty":"EC"},"status":"valid","createdAt":"2026-12-06T20:00:00Z"}""", "nonce-2").WithHeader("Location", url + "/acme/acct/2045836"));
        _api.Given(Request.Create().WithPath("/acme/new-order").UsingPost()).RespondWith(Json(201,
            $$"""{"status":"pending","expires":"2026-12-13T20:00:00Z","identifiers":[{"type":"dns","value":"x"}],"authorizations":["{{url}}/acme/authz/2045836/146"],"finalize":"{{url}}/acme/finalize/2045836/99"}""",
            "nonce-3").WithHeader("Location", url + "/acme/order/2045836/99"));
        _api.Given(Request.Create().WithPath("/acme/authz/2045836/146").UsingPost()).InScenario("check").WillSetStateTo("checked").RespondWith(Json(200,
            $$"""{"status":"pending","identifier":{"type":"dns","value":"x"},"challenges":[{"type":"http-01","url":"{{url}}/acme/chall/2045836/146/Y1","status":"pending","token":"DGyRejmCefe7v4NfDGDKfA"},{"type":"dns-01","url":"{{url}}/acme/chall/2045836/146/Y2","status":"pending","token":"DGyRejmCefe7v4NfDGDKfB"}]}""",
            "nonce-4"));
        _api.Given(Request.Create().WithPath("/acme/chall/2045836/146/Y1").UsingPost()).RespondWith(Json(200,
            $$"""{"type":"http-01","url":"{{url}}/acme/chall/2045836/146/Y1","status":"processing","token":"DGyRejmCefe7v4NfDGDKfA"}""", "nonce-5"));
        // Validation failed: the domain did not answer with the key authorization.
        _api.Given(Request.Create().WithPath("/acme/authz/2045836/146").UsingPost()).InScenario("check").WhenStateIs("checked").RespondWith(Json(200,
            $$$"""{"status":"invalid","identifier":{"type":"dns","value":"x"},"challenges":[{"type":"http-01","url":"{{{url}}}/acme/chall/2045836/146/Y1","status":"invalid","token":"DGyRejmCefe7v4NfDGDKfA","error":{"type":"urn:ietf:params:acme:error:unauthorized","detail":"Invalid response from http://bloemen.nl/.well-known/acme-challenge/DGyRejmCefe7v4NfDGDKfA: 404","status":403}}]}""",
            "nonce-6").WithHeader("Retry-After", "0"));
    }

    [Fact]
    public async Task A_stale_nonce_is_signed_again_and_a_failed_validation_stops_the_step_with_unauthorized()
    {
        var (_, _, _, customerId) = await LetsEncryptWorld.SignedInBusinessCustomerAsync(_portal);
        var domain = LetsEncryptWorld.Domain();
        var order = await LetsEncryptWorld.PaidOrderAsync(_portal, customerId, domain);

        Assert.Equal(OrderStatus.Failed, await OrdersWorld.RunUntilSettledAsync(_portal, order.Id));

        var step = await _portal.WithDbAsync(db => db.Set<ProvisioningStep>().AsNoTracking().SingleAsync(s => s.OrderId == order.Id));
        Assert.Equal((ProvisioningStepStatus.Failed, 1, "urn:ietf:params:acme:error:unauthorized (HTTP 403)"), (step.Status, step.Attempts, step.LastError));
        var accounts = _api.LogEntries.Where(e => e.RequestMessage.Path == "/acme/new-acct").Select(e => SentToAcme.From("POST", e.RequestMessage.Url, e.RequestMessage.Body)).ToList();
        Assert.Equal(["nonce-head", "nonce-fresh"], accounts.Select(a => (string)a.Protected!["nonce"]!));
        Assert.Equal(_api.Url + "/acme/acct/2045836", await _portal.WithDbAsync(db => db.Set<AcmeAccount>().Select(a => a.AccountUrl).SingleAsync()));
        // The answer to the challenge was an empty object, every later request signed with the account's URL.
        var answer = SentToAcme.From("POST", _api.Url + "/acme/chall/2045836/146/Y1", Assert.Single(_api.LogEntries, e => e.RequestMessage.Path.EndsWith("/Y1", StringComparison.Ordinal)).RequestMessage.Body);
        Assert.Equal(("{}", _api.Url + "/acme/acct/2045836"), (answer.Payload, (string?)answer.Protected!["kid"]));
        Assert.Equal(0, await _portal.WithDbAsync(db => db.Set<PendingAcmeOrder>().CountAsync()));
        Assert.Equal(0, await _portal.WithDbAsync(db => db.Set<IssuedCertificate>().CountAsync()));
    }

    private static IResponseBuilder Json(int status, string body, string? nonce = null)
    {
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
        return nonce is null ? response : response.WithHeader("Replay-Nonce", nonce);
    }

    private static IResponseBuilder Problem(int status, string type, string detail, string nonce) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/problem+json").WithHeader("Replay-Nonce", nonce)
            .WithBody($$"""{"type":"urn:ietf:params:acme:error:{{type}}","detail":"{{detail}}","status":{{status}}}""");

    public void Dispose()
    {
        _portal.Dispose();
        _api.Stop();
        _api.Dispose();
    }
}
