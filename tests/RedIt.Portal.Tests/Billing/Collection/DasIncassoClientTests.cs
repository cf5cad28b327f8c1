using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Billing.Collection;
using RedIt.Portal.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace RedIt.Portal.Tests.Billing.Collection;

// The DAS Incasso client against a local server answering as the agreed claim intake does: the
// claim goes as one JSON body with exactly the agreed fields, and every way of not taking it is
// told apart from a refusal, and from not being configured, which sends nothing at all.
[Trait("Policy", "2.4")]
public sealed class DasIncassoClientTests : IDisposable
{
    private readonly WireMockServer _api = WireMockServer.Start();
    private readonly PortalFactory _portal;

    public DasIncassoClientTests()
    {
        _portal = new PortalFactory()
            .With("DasIncasso:Simulate", "false")
            .With("DasIncasso:BaseUrl", _api.Url + "/api/v1")
            .With("DasIncasso:ApiKey", "das-test-key");
    }

    private static ClaimHandover Claim => new(
        "RIT-2031-000007",
        new ClaimDebtor("Pieter Bakker", "Lindengracht", "12a", "1015 KH", "Amsterdam", "NL"),
        [new ClaimInvoice("2031-000007", new DateOnly(2031, 3, 3), new DateOnly(2031, 3, 17), 121.00m, "factuur-2031-000007.pdf", "%PDF-1.4 test"u8.ToArray())],
        [
            new ClaimCommunication("2031-000007", new DateTime(2031, 3, 24, 8, 0, 0, DateTimeKind.Utc), InvoiceCommunicationKind.Reminder1, "Herinnering", "Beste Pieter Bakker,\n\nBetaal."),
            new ClaimCommunication("2031-000007", new DateTime(2031, 4, 14, 7, 0, 5, DateTimeKind.Utc), InvoiceCommunicationKind.FourteenDayLetter, "Aanmaning", "Beste Pieter Bakker,\n\n14 dagen."),
        ]);

    [Fact]
    public async Task A_claim_is_posted_with_exactly_the_agreed_fields_and_its_key_and_the_claim_id_comes_back()
    {
        _api.Given(Request.Create().WithPath("/api/v1/claims").UsingPost()).RespondWith(Json(201, """{"claimId":"DAS-2031-0042","status":"received"}"""));
        var agency = Agency();
        var body = agency.Serialize(Claim);

        var id = await agency.HandOverAsync(Claim.Reference, body);

        Assert.Equal("DAS-2031-0042", id);
        var sent = Assert.Single(_api.LogEntries).RequestMessage;
        Assert.Equal(body, sent.Body);
        Assert.Equal("das-test-key", sent.Headers!["X-Api-Key"].Single());
        Assert.Equal("RIT-2031-000007", sent.Headers["Idempotency-Key"].Single());
        Assert.StartsWith("application/json", sent.Headers["Content-Type"].Single(), StringComparison.Ordinal);
        var expected = JsonNode.Parse("""
            {
              "debtor": { "name": "Pieter Bakker", "street": "Lindengracht", "houseNumber": "12a", "postalCode": "1015 KH", "city": "Amsterdam", "countryCode": "NL" },
              "invoices": [ { "number": "2031-000007", "issuedOn": "2031-03-03", "dueOn": "2031-03-17", "amount": 121.00, "pdfBase64": "JVBERi0xLjQgdGVzdA==" } ],
              "communications": [
                { "sentAt": "2031-03-24T08:00:00Z", "kind": "reminder-1", "subject": "Herinnering", "text": "Beste Pieter Bakker,\n\nBetaal." },
                { "sentAt": "2031-04-14T07:00:05Z", "kind": "fourteen-day-letter", "subject": "Aanmaning", "text": "Beste Pieter Bakker,\n\n14 dagen." }
              ],
              "reference": "RIT-2031-000007"
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(body)), body);
        Assert.Contains("\"amount\":121.00", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(401)]
    [InlineData(429)]
    public async Task Down_throttled_or_not_letting_us_in_is_unavailable_and_counts_as_sent(int status)
    {
        _api.Given(Request.Create().WithPath("/api/v1/claims").UsingPost()).RespondWith(Json(status, """{"error":"try later"}"""));
        var agency = Agency();

        var problem = await Assert.ThrowsAsync<CollectionAgencyUnavailableException>(() => agency.HandOverAsync(Claim.Reference, agency.Serialize(Claim)));

        Assert.True(problem.Sent);
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claim_DAS_Incasso_refuses_is_a_refusal()
    {
        _api.Given(Request.Create().WithPath("/api/v1/claims").UsingPost()).RespondWith(Json(422, """{"error":"debtor.postalCode is not valid"}"""));
        var agency = Agency();

        var problem = await Assert.ThrowsAsync<CollectionAgencyRefusedException>(() => agency.HandOverAsync(Claim.Reference, agency.Serialize(Claim)));

        Assert.Equal("DAS Incasso refused the claim with 422.", problem.Message);
    }

    [Fact]
    public async Task An_answer_without_a_claim_id_is_not_taken_for_one()
    {
        _api.Given(Request.Create().WithPath("/api/v1/claims").UsingPost()).RespondWith(Json(201, """{"status":"received"}"""));
        var agency = Agency();

        await Assert.ThrowsAsync<CollectionAgencyUnavailableException>(() => agency.HandOverAsync(Claim.Reference, agency.Serialize(Claim)));
    }

    [Fact]
    public async Task Without_an_address_and_key_nothing_leaves()
    {
        using var bare = new PortalFactory();
        var agency = bare.WithScope(services => services.GetRequiredService<ICollectionAgency>());

        var problem = await Assert.ThrowsAsync<CollectionAgencyUnavailableException>(() => agency.HandOverAsync(Claim.Reference, agency.Serialize(Claim)));

        Assert.False(problem.Sent);
        Assert.Empty(bare.Outbound.Sent);
    }

    [Fact]
    public async Task The_simulator_takes_a_claim_and_gives_the_same_id_for_the_same_reference()
    {
        using var simulated = new PortalFactory().With("DasIncasso:Simulate", "true");
        var agency = simulated.WithScope(services => services.GetRequiredService<ICollectionAgency>());
        var body = agency.Serialize(Claim);

        var first = await agency.HandOverAsync(Claim.Reference, body);
        var again = await agency.HandOverAsync(Claim.Reference, body);
        var other = Claim with { Reference = "RIT-2031-000008" };
        var second = await agency.HandOverAsync(other.Reference, agency.Serialize(other));

        Assert.StartsWith("SIM-", first, StringComparison.Ordinal);
        Assert.Equal(first, again);
        Assert.NotEqual(first, second);
        Assert.All(simulated.Outbound.Sent, r => Assert.Equal("ICollectionAgency", r.Client));
    }

    public void Dispose()
    {
        _portal.Dispose();
        _api.Stop();
        _api.Dispose();
    }

    private ICollectionAgency Agency() => _portal.WithScope(services => services.GetRequiredService<ICollectionAgency>());

    private static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
}
