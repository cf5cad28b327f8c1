using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Billing;
using RedIt.Portal.Features.Billing.Payments;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Billing.MultiSafepay;

// Paying through MultiSafepay: the notification is believed only with MultiSafepay's signature,
// then the order's status is fetched; however often and however at once it comes, the invoice is
// paid once, each status is recorded once, and what the bank told MultiSafepay stays there (1.1).
[Collection(MultiSafepayCollection.Name)]
[Trait("Policy", "2.4")]
public sealed class MultiSafepayPaymentTests(MultiSafepayPortal portal)
{
    [Fact]
    [Trait("Policy", "1.1")]
    public async Task The_same_notification_ten_times_and_ten_at_once_pays_the_invoice_once_and_no_account_number_is_stored()
    {
        var (invoice, reference) = await StartedAsync();
        portal.Api.AnswerGet(reference, 200, RecordedMultiSafepay.CompletedIdeal(reference));
        var body = RecordedMultiSafepay.CompletedIdeal(reference);
        var client = portal.CreateClient();

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal((HttpStatusCode.OK, "OK"), await NotifyAsync(client, reference, body));
        }

        var parallel = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => NotifyAsync(portal.CreateClient(), reference, body))));
        Assert.All(parallel, answer => Assert.Equal((HttpStatusCode.OK, "OK"), answer));

        var paid = await portal.WithDbAsync(db => db.Set<Invoice>().AsNoTracking().Include(i => i.Payments).ThenInclude(p => p.Changes).SingleAsync(i => i.Id == invoice.Id));
        Assert.Equal(InvoiceStatus.Paid, paid.Status);
        var payment = Assert.Single(paid.Payments);
        Assert.Equal((PaymentStatus.Completed, "IDEAL", "NL** **** **** **** 0001"), (payment.Status, payment.Method, payment.MaskedReference));
        Assert.Equal([PaymentStatus.Initiated, PaymentStatus.Completed], payment.Changes.Select(c => c.Status).Order());
        await Outbox.WaitUntilSentAsync(portal, invoice.Email!);
        Assert.Single(Mailbox.All(invoice.Email!), m => (m.Subject ?? "").Contains("Betaling ontvangen", StringComparison.Ordinal));
        var found = await portal.WithDbAsync(db => DatabaseScan.FindAsync(db, [RecordedMultiSafepay.Iban, RecordedMultiSafepay.HolderName, "Neherkade", "3924195754138182"]));
        Assert.Empty(found);

        // A late notification of an earlier status moves nothing back.
        portal.Api.AnswerGet(reference, 200, RecordedMultiSafepay.InitializedIdeal(reference));
        Assert.Equal((HttpStatusCode.OK, "OK"), await NotifyAsync(client, reference, RecordedMultiSafepay.InitializedIdeal(reference)));
        Assert.Equal(PaymentStatus.Completed, await portal.WithDbAsync(db => db.Set<PaymentRecord>().Where(p => p.Reference == reference).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_notification_without_MultiSafepays_signature_or_signed_too_long_ago_changes_nothing()
    {
        var (invoice, reference) = await StartedAsync();
        portal.Api.AnswerGet(reference, 200, RecordedMultiSafepay.CompletedIdeal(reference));
        var body = RecordedMultiSafepay.CompletedIdeal(reference);
        var client = portal.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await NotifyAsync(client, reference, body, auth: null)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await NotifyAsync(client, reference, body, auth: Sign(body, "not-the-api-key", DateTimeOffset.UtcNow))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await NotifyAsync(client, reference, body, auth: Sign(body, MultiSafepayPortal.ApiKey, DateTimeOffset.UtcNow.AddHours(-1)))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await NotifyAsync(client, reference, body + " ", auth: Sign(body, MultiSafepayPortal.ApiKey, DateTimeOffset.UtcNow))).Status);

        Assert.Equal(InvoiceStatus.Open, await portal.WithDbAsync(db => db.Set<Invoice>().Where(i => i.Id == invoice.Id).Select(i => i.Status).SingleAsync()));
        Assert.DoesNotContain(portal.Api.LogEntries, e => e.RequestMessage.Path == "/v1/json/orders/" + reference);
    }

    private async Task<(Invoice Invoice, string Reference)> StartedAsync()
    {
        var customer = await BillingWorld.CustomerAsync(portal);
        var invoice = await BillingWorld.IssueAsync(portal, customer.Id, ("Web hosting Pro, 12 months", 1, 100m));
        portal.Api.AnswerCreate(invoice.Number, 200, RecordedMultiSafepay.Created(invoice.Number));
        await using var scope = portal.Services.CreateAsyncScope();
        var started = await scope.ServiceProvider.GetRequiredService<PaymentStarter>().StartAsync(customer.Id, invoice.Number);
        Assert.Equal("payv2.multisafepay.com", started!.Url!.Host);
        var reference = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<PaymentRecord>().Where(p => p.InvoiceId == invoice.Id).Select(p => p.Reference).SingleAsync();
        var created = Assert.Single(portal.Api.LogEntries, e => e.RequestMessage.Method == "POST" && e.RequestMessage.Body!.Contains(invoice.Number, StringComparison.Ordinal));
        Assert.Contains($"\"order_id\":\"{reference}\"", created.RequestMessage.Body, StringComparison.Ordinal);
        Assert.Contains("\"amount\":12100", created.RequestMessage.Body, StringComparison.Ordinal);
        Assert.Contains("/payments/multisafepay/notify", created.RequestMessage.Body, StringComparison.Ordinal);
        return (invoice, reference);
    }

    private static async Task<(HttpStatusCode Status, string Body)> NotifyAsync(HttpClient client, string reference, string body, string? auth = "sign")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/payments/multisafepay/notify?transactionid={Uri.EscapeDataString(reference)}&timestamp=1", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (auth is not null)
        {
            request.Headers.TryAddWithoutValidation("Auth", auth == "sign" ? Sign(body, MultiSafepayPortal.ApiKey, DateTimeOffset.UtcNow) : auth);
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    // MultiSafepay's Auth header: base64 of "timestamp:hex(HMAC-SHA512(api key, timestamp:body))".
    private static string Sign(string body, string key, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = Convert.ToHexStringLower(HMACSHA512.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(timestamp + ":" + body)));
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(timestamp + ":" + signature));
    }
}
