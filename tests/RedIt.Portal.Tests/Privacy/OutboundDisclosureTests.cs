using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Certificates.Acme;
using RedIt.Portal.Features.Disclosures;
using RedIt.Portal.Features.Domains.Supplier;
using RedIt.Portal.Privacy;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Infrastructure.Outbound;

namespace RedIt.Portal.Tests.Privacy;

// Every portal of the suite captures what its HTTP clients send and, when it is disposed, fails
// on a personal value sent without a disclosure of that person to that party. These tests prove
// the check itself finds what it must, however the value is encoded.
public sealed class OutboundDisclosureTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();
    private Guid _person;
    private string _email = "";

    public async Task InitializeAsync()
    {
        (_, _email) = await People.SignedInCustomerAsync(_portal);
        _person = await _portal.WithDbAsync(db => db.Users.Where(u => u.Email == _email).Select(u => u.Id).SingleAsync());

        // Signing up checked the password; that request carried nothing of the person.
        Assert.Empty(await UndisclosedSends.FindAsync(_portal.Services, _portal.Outbound.Sent));
        _portal.Outbound.Clear();
    }

    public async Task DisposeAsync()
    {
        // What these tests sent on purpose is not a finding of the portal.
        _portal.Outbound.Clear();
        await _portal.DisposeAsync();
    }

    [Fact]
    [Trait("Policy", "2.3")]
    public async Task A_supplier_request_with_a_customers_address_needs_a_disclosure_of_that_customer_to_that_supplier()
    {
        // JSON as the suppliers' clients write it, where "+" and "@" may be escaped.
        await SendAsync(nameof(IDomainSupplier), JsonContent.Create(new { email = _email, phone = new { country_code = "+31", area_code = "20", subscriber_number = "1234567" } }));

        var found = await UndisclosedSends.FindAsync(_portal.Services, _portal.Outbound.Sent);
        Assert.Contains(found, f => f.Contains("PortalUser.Email", StringComparison.Ordinal) && f.Contains("no disclosure of that person to Openprovider", StringComparison.Ordinal));
        Assert.Contains(found, f => f.Contains("PhoneNumber", StringComparison.Ordinal));

        await DiscloseAsync(Recipients.Xolphin.Name);
        Assert.NotEmpty(await UndisclosedSends.FindAsync(_portal.Services, _portal.Outbound.Sent));

        await DiscloseAsync(Recipients.Openprovider.Name);
        Assert.Empty(await UndisclosedSends.FindAsync(_portal.Services, _portal.Outbound.Sent));
    }

    [Fact]
    [Trait("Policy", "2.3")]
    public async Task Let_s_Encrypt_may_get_no_personal_value_even_deep_inside_a_signed_payload()
    {
        var payload = Base64Url($"{{\"contact\":[\"mailto:{_email}\"]}}");
        await SendAsync(AcmeClient.HttpClientName, new StringContent($"{{\"protected\":\"{Base64Url("{}")}\",\"payload\":\"{payload}\",\"signature\":\"AAAA\"}}", Encoding.UTF8, "application/jose+json"));

        // No disclosure can make it right: the policy promises Let's Encrypt gets nothing of the customer.
        await DiscloseAsync(Recipients.Openprovider.Name);
        // One finding per record the address is kept in (the account, the mails sent to it, ...).
        var found = await UndisclosedSends.FindAsync(_portal.Services, _portal.Outbound.Sent);
        Assert.Contains(found, f => f.Contains("PortalUser.Email", StringComparison.Ordinal));
        Assert.All(found, f => Assert.Contains("that client may carry no personal data", f, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Policy", "2.3")]
    public async Task A_new_client_that_sends_a_personal_value_must_first_say_whom_it_talks_to()
    {
        await SendAsync("SomeNewParty", new FormUrlEncodedContent([KeyValuePair.Create("email", _email)]));

        var found = await UndisclosedSends.FindAsync(_portal.Services, _portal.Outbound.Sent);
        Assert.Contains(found, f => f.Contains("PortalUser.Email", StringComparison.Ordinal));
        Assert.All(found, f => Assert.Contains("does not say whom that client talks to", f, StringComparison.Ordinal));
    }

    // Through the portal's own client factory, so the request passes the capture every client has;
    // the answer does not matter, and a local address no one listens on refuses it at once.
    private async Task SendAsync(string client, HttpContent content)
    {
        using var http = _portal.Services.GetRequiredService<IHttpClientFactory>().CreateClient(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("http://127.0.0.1:9/outbound-check"));
        request.Content = content;
        try
        {
            using var response = await http.SendAsync(request);
        }
        catch (HttpRequestException)
        {
            // Refused, as intended: it was captured before it left.
        }

        Assert.Contains(_portal.Outbound.Sent, r => r.Client == client);
    }

    private async Task DiscloseAsync(string recipient)
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DisclosureLog>()
            .RecordAsync(_person, recipient, ["e-mail address", "phone number"], "Checking the outbound check", "Contract (art. 6(1)(b))");
    }

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
