using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Calls;

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "1.2")]
public sealed class CallerLookupTests(PortalFactory portal)
{
    [Fact]
    public async Task Every_way_of_writing_a_number_finds_the_customer_with_name_company_number_and_desk_link()
    {
        var (national, e164) = Phones.NewMobile();
        var (personId, number, _) = await Phones.CustomerAsync(portal, national, company: "Jansen Hosting BV");
        var (_, key) = await Phones.NewKeyAsync(portal);
        using var pbx = Phones.Client(portal, key);
        var rest = national[2..];
        string[] formats =
        [
            e164,
            national,
            $"06 {rest[..2]} {rest[2..4]} {rest[4..6]} {rest[6..]}",
            $"+31 (0)6 {rest[..4]} {rest[4..]}",
            "0031" + national[1..],
        ];

        foreach (var format in formats)
        {
            using var response = await pbx.GetAsync("/api/phone/lookup?number=" + Uri.EscapeDataString(format));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{format}: {response.StatusCode}");
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var contact = json.RootElement.GetProperty("contact");
            Assert.Equal("Jan", contact.GetProperty("FirstName").GetString());
            Assert.Equal("Jansen", contact.GetProperty("LastName").GetString());
            Assert.Equal("Jansen Hosting BV", contact.GetProperty("CompanyName").GetString());
            Assert.Equal(number, contact.GetProperty("CustomerNumber").GetInt32());
            Assert.Equal($"https://localhost/staff/customers/{number}", contact.GetProperty("ContactUrl").GetString());
        }

        // Every answer with a name is a look at personal data, by the phone system, not by a person.
        var audited = await portal.WithDbAsync(db => db.Set<AuditLogEntry>()
            .Where(e => e.Action == AuditAction.CallerLookedUp && e.SubjectPersonId == personId).ToListAsync());
        Assert.Equal(formats.Length, audited.Count);
        Assert.All(audited, e => Assert.Null(e.ActorUserId));
    }

    [Fact]
    public async Task Plain_text_is_the_name_for_asterisk_and_an_unknown_number_is_empty_text_or_a_json_404()
    {
        var (national, e164) = Phones.NewMobile();
        await Phones.CustomerAsync(portal, national);
        var (_, key) = await Phones.NewKeyAsync(portal);
        using var pbx = Phones.Client(portal, key);

        using (var text = await pbx.GetAsync($"/api/phone/lookup?number={Uri.EscapeDataString(e164)}&format=text"))
        {
            Assert.Equal(HttpStatusCode.OK, text.StatusCode);
            Assert.Equal("text/plain", text.Content.Headers.ContentType!.MediaType);
            Assert.Equal("Jan Jansen", await text.Content.ReadAsStringAsync());
        }

        using (var request = new HttpRequestMessage(HttpMethod.Get, "/api/phone/lookup?number=" + national))
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/plain"));
            using var accepted = await pbx.SendAsync(request);
            Assert.Equal("Jan Jansen", await accepted.Content.ReadAsStringAsync());
        }

        var (unknown, _) = Phones.NewMobile();
        using (var none = await pbx.GetAsync($"/api/phone/lookup?number={unknown}&format=text"))
        {
            Assert.Equal(HttpStatusCode.OK, none.StatusCode);
            Assert.Equal("", await none.Content.ReadAsStringAsync());
        }

        using (var none = await pbx.GetAsync($"/api/phone/lookup?number={unknown}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
            Assert.Equal("application/problem+json", none.Content.Headers.ContentType!.MediaType);
        }

        using var garbage = await pbx.GetAsync("/api/phone/lookup?number=not-a-number");
        Assert.Equal(HttpStatusCode.NotFound, garbage.StatusCode);
    }

    [Fact]
    public async Task A_staff_account_with_the_number_is_no_caller_to_show()
    {
        var (national, e164) = Phones.NewMobile();
        var email = await People.StaffAsync(portal, PortalRoles.Support);
        await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(u => u.SetProperty(p => p.PhoneNumber, e164)));
        var (_, key) = await Phones.NewKeyAsync(portal);
        using var pbx = Phones.Client(portal, key);

        using var response = await pbx.GetAsync("/api/phone/lookup?number=" + national);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
