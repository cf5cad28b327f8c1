using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RedIt.Portal.Features.Billing.Vat;
using RedIt.Portal.Tests.Infrastructure;
using WireMock.Server;

namespace RedIt.Portal.Tests.Billing.Vies;

// The VIES client against a local server answering with VIES's recorded shapes (pretty-printed as
// VIES prints them): an answer about the number is kept, and every way VIES or a member state can
// fail to answer leaves the number unchecked for now, never invalid.
[Trait("Policy", "2.4")]
public sealed class ViesClientTests(ViesPortal vies) : IClassFixture<ViesPortal>
{
    [Fact]
    public async Task A_valid_number_is_confirmed_with_its_consultation_number_and_RED_IT_named_as_requester()
    {
        vies.Answer("0123456749", ViesPortal.Json(200, """
            {
              "countryCode" : "BE",
              "vatNumber" : "0123456749",
              "requestDate" : "2026-05-13T21:55:59.516Z",
              "valid" : true,
              "requestIdentifier" : "WAPIAAAAY8x3nFKq",
              "name" : "BV Bloemen Dekkers",
              "address" : "Meir 12\n2000 Antwerpen",
              "traderName" : "---",
              "traderStreet" : "---",
              "traderPostalCode" : "---",
              "traderCity" : "---",
              "traderCompanyType" : "---",
              "traderNameMatch" : "NOT_PROCESSED",
              "traderStreetMatch" : "NOT_PROCESSED",
              "traderPostalCodeMatch" : "NOT_PROCESSED",
              "traderCityMatch" : "NOT_PROCESSED",
              "traderCompanyTypeMatch" : "NOT_PROCESSED"
            }
            """));

        var check = await vies.CheckAsync("BE", "be 0123.456.749");

        Assert.Equal(new VatNumberCheck(true, "BE", "0123456749", "WAPIAAAAY8x3nFKq", new DateTime(2026, 5, 13, 21, 55, 59, 516, DateTimeKind.Utc), "BV Bloemen Dekkers"), check);
        Assert.Equal(DateTimeKind.Utc, check.CheckedAtUtc.Kind);
        var sent = Assert.Single(vies.Api.LogEntries, e => e.RequestMessage.Body?.Contains("0123456749", StringComparison.Ordinal) == true).RequestMessage;
        Assert.Equal(("POST", ViesPortal.BasePath + "/check-vat-number"), (sent.Method, sent.Path));
        Assert.StartsWith("application/json", sent.Headers!["Content-Type"].Single(), StringComparison.Ordinal);
        Assert.Equal("""{"countryCode":"BE","vatNumber":"0123456749","requesterMemberStateCode":"NL","requesterNumber":"859123456B01"}""", sent.Body);
    }

    [Fact]
    public async Task A_number_VIES_does_not_know_is_not_valid_and_a_Greek_number_is_asked_for_as_EL()
    {
        vies.Answer("094259216", ViesPortal.Json(200, """
            {
              "countryCode" : "EL",
              "vatNumber" : "094259216",
              "requestDate" : "2026-05-13T21:56:18.425Z",
              "valid" : false,
              "requestIdentifier" : "",
              "name" : "---",
              "address" : "---",
              "traderName" : "---",
              "traderStreet" : "---",
              "traderPostalCode" : "---",
              "traderCity" : "---",
              "traderCompanyType" : "---",
              "traderNameMatch" : "NOT_PROCESSED",
              "traderStreetMatch" : "NOT_PROCESSED",
              "traderPostalCodeMatch" : "NOT_PROCESSED",
              "traderCityMatch" : "NOT_PROCESSED",
              "traderCompanyTypeMatch" : "NOT_PROCESSED"
            }
            """));

        var check = await vies.CheckAsync("GR", "GR 094259216");

        Assert.Equal(new VatNumberCheck(false, "EL", "094259216", null, new DateTime(2026, 5, 13, 21, 56, 18, 425, DateTimeKind.Utc), null), check);
        Assert.Equal("""{"countryCode":"EL","vatNumber":"094259216","requesterMemberStateCode":"NL","requesterNumber":"859123456B01"}""", Assert.Single(vies.Sent("094259216")));
    }

    [Fact]
    public async Task A_number_VIES_calls_invalid_input_is_not_valid_and_checked_at_the_portal_s_time()
    {
        vies.Answer("XX999999990", ViesPortal.Json(200, """
            {
              "actionSucceed" : false,
              "errorWrappers" : [ {
                "error" : "INVALID_INPUT"
              } ]
            }
            """));

        var check = await vies.CheckAsync("FR", "FRXX999999990");

        Assert.Equal((false, "FR", "XX999999990", (string?)null, (string?)null), (check.Valid, check.CountryCode, check.VatNumber, check.ConsultationNumber, check.RegisteredName));
        AssertPortalTime(check.CheckedAtUtc);
    }

    [Fact]
    public async Task A_date_without_a_time_is_no_time_of_the_check_so_the_portal_s_clock_gives_it()
    {
        // VIES's SOAP-era form of requestDate: a date and an offset, no time of day.
        vies.Answer("123456782", ViesPortal.Json(200, """
            {
              "countryCode" : "PT",
              "vatNumber" : "123456782",
              "requestDate" : "2026-05-13+02:00",
              "valid" : true,
              "requestIdentifier" : "WAPIAAAAY0Lk9sTe",
              "name" : "Azulejos Ribeiro Lda",
              "address" : "Rua Augusta 10\n1100-053 Lisboa"
            }
            """));

        var check = await vies.CheckAsync("PT", "PT123456782");

        Assert.Equal((true, "WAPIAAAAY0Lk9sTe"), (check.Valid, check.ConsultationNumber));
        AssertPortalTime(check.CheckedAtUtc);
    }

    [Theory]
    [InlineData("276913582", "MS_UNAVAILABLE")]
    [InlineData("276913590", "MS_MAX_CONCURRENT_REQ")]
    [InlineData("276913608", "GLOBAL_MAX_CONCURRENT_REQ")]
    [InlineData("276913616", "SERVICE_UNAVAILABLE")]
    [InlineData("276913624", "TIMEOUT")]
    public async Task An_error_VIES_answers_on_a_200_leaves_the_number_unchecked_for_now(string number, string error)
    {
        vies.Answer(number, ViesPortal.Json(200, $$"""
            {
              "actionSucceed" : false,
              "errorWrappers" : [ {
                "error" : "{{error}}"
              } ]
            }
            """));

        var unavailable = await Assert.ThrowsAsync<VatRegistryUnavailableException>(() => vies.CheckAsync("DE", "DE" + number));

        Assert.StartsWith(error + ":", unavailable.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(number, unavailable.Message, StringComparison.Ordinal);
        Assert.Single(vies.Sent(number));
    }

    [Theory]
    [InlineData("811907980", 500, "")]
    [InlineData("811907998", 503, "<html><body><h1>503 Service Unavailable</h1>No server is available to handle this request.</body></html>")]
    [InlineData("811908005", 500, """{"actionSucceed":false,"errorWrappers":[{"error":"SERVICE_UNAVAILABLE","message":"An error was encountered either at the network level or the Web application level"}]}""")]
    public async Task A_server_error_leaves_the_number_unchecked_for_now(string number, int status, string body)
    {
        vies.Answer(number, ViesPortal.Json(status, body));

        var unavailable = await Assert.ThrowsAsync<VatRegistryUnavailableException>(() => vies.CheckAsync("DE", number));

        Assert.DoesNotContain(number, unavailable.Message, StringComparison.Ordinal);
        Assert.Contains(body.Contains("SERVICE_UNAVAILABLE", StringComparison.Ordinal) ? "SERVICE_UNAVAILABLE" : status.ToString(System.Globalization.CultureInfo.InvariantCulture), unavailable.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_slower_than_the_timeout_leaves_the_number_unchecked_for_now()
    {
        // A portal of its own: a one-second timeout would fail the other checks on a busy machine.
        using var slow = ViesPortal.WithTimeout(seconds: 1);
        slow.Answer("811908013", ViesPortal.Json(200, """{"countryCode":"DE","vatNumber":"811908013","valid":true}""").WithDelay(TimeSpan.FromSeconds(5)));

        var unavailable = await Assert.ThrowsAsync<VatRegistryUnavailableException>(() => slow.CheckAsync("DE", "811908013"));

        Assert.Equal("VIES did not answer within the 1-second timeout", unavailable.Reason);
        Assert.IsType<TaskCanceledException>(unavailable.InnerException);
    }

    [Fact]
    public async Task A_refused_connection_leaves_the_number_unchecked_for_now()
    {
        // A port that was just free: nothing listens on it any more.
        var gone = WireMockServer.Start();
        var url = gone.Url!;
        gone.Stop();
        gone.Dispose();
        await using var portal = new PortalFactory()
            .With("Vies:Simulate", "false")
            .With("Vies:BaseUrl", url + ViesPortal.BasePath)
            .With("Vies:RequesterVatNumber", "NL859123456B01");

        var unavailable = await Assert.ThrowsAsync<VatRegistryUnavailableException>(() => CheckAsync(portal, "DE", "811908021"));

        Assert.Equal("VIES could not be reached", unavailable.Reason);
        Assert.IsType<HttpRequestException>(unavailable.InnerException);
    }

    [Fact]
    public async Task Without_RED_IT_s_own_VAT_number_no_check_is_sent_so_none_is_kept_without_a_consultation_number()
    {
        using var api = WireMockServer.Start();
        await using var portal = new PortalFactory()
            .With("Vies:Simulate", "false")
            .With("Vies:BaseUrl", api.Url + ViesPortal.BasePath);

        var unavailable = await Assert.ThrowsAsync<VatRegistryUnavailableException>(() => CheckAsync(portal, "DE", "811908039"));

        Assert.Equal("Vies:RequesterVatNumber is not set", unavailable.Reason);
        Assert.Empty(api.LogEntries);
    }

    [Fact]
    public async Task A_requester_that_is_no_VAT_number_VIES_checks_stops_the_portal_from_starting()
    {
        await using var portal = new PortalFactory()
            .With("Vies:RequesterCountryCode", "GB")
            .With("Vies:RequesterVatNumber", "GB123456789");

        var refused = Assert.Throws<OptionsValidationException>(() => portal.Services);

        Assert.Contains("Vies:RequesterCountryCode and RequesterVatNumber", refused.Message, StringComparison.Ordinal);
    }

    private static async Task<VatNumberCheck> CheckAsync(PortalFactory portal, string countryCode, string vatNumber)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IVatNumberRegistry>().CheckAsync(countryCode, vatNumber);
    }

    // The fixture's clock started at ViesPortal.Now and runs on in real time.
    private static void AssertPortalTime(DateTime checkedAt)
    {
        Assert.Equal(DateTimeKind.Utc, checkedAt.Kind);
        Assert.InRange(checkedAt, ViesPortal.Now, ViesPortal.Now.AddMinutes(10));
    }
}
