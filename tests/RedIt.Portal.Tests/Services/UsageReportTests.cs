using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Services;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Infrastructure.Time;

namespace RedIt.Portal.Tests.Services;

// The hosting platform reports usage; the customer hears once per threshold per month that a
// limit is near, in their language and with why they get the mail (2.8).
[Trait("Policy", "2.8")]
public sealed class UsageReportTests(UsagePortal portal) : IClassFixture<UsagePortal>
{
    private const string Why = "You receive this mail because you ordered this service. It is about the service you use, so we send it also when you do not receive our news.";
    private const string WhyNl = "Je ontvangt deze mail omdat je deze dienst hebt besteld. Hij gaat over de dienst die je gebruikt, dus we sturen hem ook als je onze nieuwsbrief niet ontvangt.";

    [Fact]
    public async Task Without_the_key_with_a_wrong_key_or_with_a_customers_cookie_the_answer_is_401_and_nothing_is_stored()
    {
        var (customer, email, serviceId) = await Usage.HostingAsync(portal, "en");
        var report = new { serviceId, metric = "traffic", usedGb = 99m };

        using var anonymous = portal.CreateClient();
        using var wrong = portal.Platform("not-the-" + UsagePortal.Key);
        using var almost = portal.Platform(UsagePortal.Key[..^1]);
        foreach (var client in new[] { anonymous, wrong, almost, customer.Client })
        {
            using var response = await Usage.ReportAsync(client, report);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }

        Assert.Null(await portal.WithDbAsync(db => db.Set<Service>().Where(s => s.Id == serviceId).Select(s => s.UsageReportedAt).SingleAsync()));
        Assert.Equal(0, await Usage.AlertsAsync(portal, serviceId));
        await Outbox.AssertNoMailAsync(portal, email, "data traffic");
    }

    [Fact]
    public async Task The_platform_key_opens_no_page_outside_the_usage_endpoint()
    {
        using var platform = portal.Platform();
        foreach (var path in new[] { "/admin", "/admin/products", "/desk", "/profile", "/profile/services", "/staff/customers" })
        {
            using var response = await platform.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        // Nor the phone system's door, which has keys of its own.
        using var phone = await platform.GetAsync("/api/phone/lookup?number=0612345678");
        Assert.Equal(HttpStatusCode.Unauthorized, phone.StatusCode);
    }

    [Fact]
    public async Task Crossing_80_percent_mails_once_in_the_customers_language_and_the_service_page_shows_the_usage()
    {
        var (customer, email, serviceId) = await Usage.HostingAsync(portal, "nl");
        using var platform = portal.Platform();

        using (var below = await Usage.ReportAsync(platform, new { serviceId, metric = "traffic", usedGb = 79.9m }))
        {
            Assert.Equal(HttpStatusCode.OK, below.StatusCode);
        }

        Assert.Equal(0, await Usage.AlertsAsync(portal, serviceId));

        var report = new { serviceId, metric = "traffic", usedGb = 85.5m, limitGb = 100m, measuredAt = portal.Clock.GetUtcNow().AddMinutes(-1) };
        using (var crossed = await Usage.ReportAsync(platform, report))
        {
            Assert.Equal(HttpStatusCode.OK, crossed.StatusCode);
            var answer = JsonDocument.Parse(await crossed.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(80, answer.GetProperty("mailedPercent").GetInt32());
            Assert.Equal(85.5m, answer.GetProperty("percent").GetDecimal());
            Assert.Equal(AmsterdamTime.ToLocal(portal.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM", CultureInfo.InvariantCulture), answer.GetProperty("period").GetString());
        }

        var mail = await Mailbox.WaitForAsync(email, "80% van je dataverkeer gebruikt");
        Assert.Contains("heeft deze maand 85,5 GB van de 100 GB dataverkeer gebruikt", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Webhosting Basis", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("vertraagd", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://localhost/products", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(WhyNl, mail.TextBody, StringComparison.Ordinal);

        // The platform reports every few minutes: the same and a higher usage under 95 mail nothing more.
        foreach (var again in new object[] { report, new { serviceId, metric = "traffic", usedGb = 90m } })
        {
            using var response = await Usage.ReportAsync(platform, again);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("mailedPercent").ValueKind);
        }

        Assert.Equal(1, await Usage.MailsAsync(portal, email, "dataverkeer"));
        Assert.Equal(1, await Usage.AlertsAsync(portal, serviceId));

        var page = await customer.GetAsync($"/profile/services/{serviceId}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var traffic = page.Document.QuerySelector(".usage-traffic")?.TextContent ?? "";
        Assert.Matches(@"^90 \w+ 100 GB$", traffic);
        Assert.Null(page.Document.QuerySelector(".usage-storage"));
    }

    [Fact]
    public async Task Crossing_95_at_once_mails_only_about_95_and_dropping_back_over_80_mails_nothing()
    {
        var (_, email, serviceId) = await Usage.HostingAsync(portal, "en");
        using var platform = portal.Platform();

        // No limitGb: the product's 10 GB of storage is the limit.
        using (var response = await Usage.ReportAsync(platform, new { serviceId, metric = "storage", usedGb = 9.7m }))
        {
            Assert.Equal(95, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("mailedPercent").GetInt32());
        }

        var mail = await Mailbox.WaitForAsync(email, "95% of your storage used");
        Assert.Contains("uses 9.7 GB of its 10 GB of storage", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("nothing is deleted", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Our bigger packages are in the shop: https://localhost/products. Ask us through https://localhost/contact", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(Why, mail.TextBody, StringComparison.Ordinal);

        using (var lower = await Usage.ReportAsync(platform, new { serviceId, metric = "storage", usedGb = 8.5m }))
        {
            Assert.Equal(HttpStatusCode.OK, lower.StatusCode);
        }

        Assert.Equal(1, await Usage.MailsAsync(portal, email, "storage used"));
        await Outbox.AssertNoMailAsync(portal, email, "80% of your storage");
        // Traffic has thresholds of its own.
        await Outbox.AssertNoMailAsync(portal, email, "data traffic");
    }

    [Fact]
    public async Task The_same_report_ten_times_at_once_mails_once()
    {
        var (_, email, serviceId) = await Usage.HostingAsync(portal, "en");
        using var platform = portal.Platform();
        var report = new { serviceId, metric = "traffic", usedGb = 88m };

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            using var response = await Usage.ReportAsync(platform, report);
            return (response.StatusCode, Mailed: JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("mailedPercent"));
        }));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Single(answers, a => a.Mailed.ValueKind == JsonValueKind.Number);
        Assert.Equal(1, await Usage.MailsAsync(portal, email, "80% of your data traffic used"));
        Assert.Equal(1, await Usage.AlertsAsync(portal, serviceId));
    }

    [Fact]
    public async Task A_new_month_mails_again_and_a_late_report_of_the_month_before_counts_for_nothing()
    {
        var (_, email, serviceId) = await Usage.HostingAsync(portal, "en");
        using var platform = portal.Platform();
        var report = new { serviceId, metric = "traffic", usedGb = 81m };
        (await Usage.ReportAsync(platform, report)).Dispose();
        await Mailbox.WaitForAsync(email, "80% of your data traffic used");

        // One hour into the next month in Amsterdam.
        var local = AmsterdamTime.ToLocal(portal.Clock.GetUtcNow().UtcDateTime);
        var lastMonthEnd = portal.Clock.GetUtcNow().AddMinutes(-1);
        var nextMonth = AmsterdamTime.ToUtc(new DateOnly(local.Year, local.Month, 1).AddMonths(1), new TimeOnly(1, 0))!.Value;
        portal.Clock.SetUtcNow(new DateTimeOffset(nextMonth, TimeSpan.Zero));

        using (var late = await Usage.ReportAsync(platform, new { serviceId, metric = "traffic", usedGb = 99m, measuredAt = lastMonthEnd }))
        {
            var answer = JsonDocument.Parse(await late.Content.ReadAsStringAsync()).RootElement;
            Assert.False(answer.GetProperty("counted").GetBoolean());
        }

        Assert.Equal(1, await Usage.MailsAsync(portal, email, "data traffic used"));

        using (var again = await Usage.ReportAsync(platform, report))
        {
            Assert.Equal(80, JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("mailedPercent").GetInt32());
        }

        Assert.Equal(2, await Usage.MailsAsync(portal, email, "80% of your data traffic used"));
        var periods = await portal.WithDbAsync(db => db.Set<UsageAlert>().Where(a => a.ServiceId == serviceId).Select(a => a.Period).ToListAsync());
        Assert.Equal(2, periods.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task A_wrong_report_is_a_400_naming_the_field_and_an_unknown_service_a_404()
    {
        var (_, email, serviceId) = await Usage.HostingAsync(portal, "en");
        using var platform = portal.Platform();

        foreach (var (body, field) in new (object, string)[]
        {
            (new { serviceId, metric = "bandwidth", usedGb = 90m }, "metric"),
            (new { serviceId, metric = "traffic" }, "usedGb"),
            (new { serviceId, metric = "traffic", usedGb = -1m }, "usedGb"),
            (new { serviceId, metric = "traffic", usedGb = 90m, limitGb = 0m }, "limitGb"),
            (new { metric = "traffic", usedGb = 90m }, "serviceId"),
            (new { serviceId, metric = "traffic", usedGb = 90m, measuredAt = portal.Clock.GetUtcNow().AddHours(1) }, "measuredAt"),
        })
        {
            using var response = await Usage.ReportAsync(platform, body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
            Assert.Contains(errors.EnumerateObject(), e => e.Name.Equals(field, StringComparison.OrdinalIgnoreCase));
        }

        using (var unknown = await Usage.ReportAsync(platform, new { serviceId = Guid.NewGuid(), metric = "traffic", usedGb = 90m }))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }

        Assert.Null(await portal.WithDbAsync(db => db.Set<Service>().Where(s => s.Id == serviceId).Select(s => s.UsageReportedAt).SingleAsync()));
        await Outbox.AssertNoMailAsync(portal, email, "data traffic");
    }

    [Fact]
    public async Task Another_customer_finds_no_usage_of_a_service_that_is_not_theirs()
    {
        var (_, _, serviceId) = await Usage.HostingAsync(portal, "en");
        var (other, _) = await People.SignedInCustomerAsync(portal);
        using var platform = portal.Platform();
        (await Usage.ReportAsync(platform, new { serviceId, metric = "storage", usedGb = 2m })).Dispose();

        var page = await other.GetAsync($"/profile/services/{serviceId}");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        // And a customer's cookie does not open the platform's door for the other service either.
        using var posted = await other.Client.PostAsJsonAsync("/api/platform/usage", new { serviceId, metric = "storage", usedGb = 9.9m });
        Assert.Equal(HttpStatusCode.Unauthorized, posted.StatusCode);
    }
}

// The portal as shipped has no key: the endpoint is off and answers 401 whatever is sent.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.8")]
public sealed class UsageEndpointOffTests(PortalFactory portal)
{
    [Fact]
    public async Task Without_a_configured_key_every_report_gets_401()
    {
        foreach (var key in new[] { UsagePortal.Key, "", " " })
        {
            using var client = portal.CreateClient();
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + key);
            using var response = await Usage.ReportAsync(client, new { serviceId = Guid.NewGuid(), metric = "traffic", usedGb = 1m });
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }
}
