using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RedIt.Portal.Features.Billing.Payments.MultiSafepay;

namespace RedIt.Portal.Tests.Billing.MultiSafepay;

// A payment notification is believed only when MultiSafepay signed it, recently (2.4: a signed
// notification, handled idempotently). The first case is the example of docs.multisafepay.com's
// "Handle notifications": its Auth header, API key and payload, byte for byte.
[Trait("Policy", "2.4")]
public sealed class MultiSafepayNotificationTests
{
    private const string DocumentedKey = "8HHhGgRWrA3O7NswjmgwyH7buPPCGnR5AkwAQyqI";

    private const string DocumentedAuth =
        "MTY0MTIxODg4NDowNmNiZjIyNmU3Yzg3M2VmZjk2OTIxZDdmZGUzOTk4ZWI2YmUwZGU3OTE1ZWUxYzFiNTE0OTUxMWZjYTgyZTI2YmIwYWIyZTZkMGUwYWQ5OTdjYmFiMTUxZTRiYTU2MTU0MThkOGUxMjUyODMwMTcyNjE0M2VkMTE0NjI4N2Y5Mw==";

    // As the documentation prints it, with the space before "payment_details" that was signed.
    private const string DocumentedPayload =
        """{"amount":1000,"amount_refunded":0,"costs":[{"amount":0.49,"description":"0.49 For iDEAL Transactions","transaction_id":"123456789","type":"SYSTEM"}],"created":"2022-01-03T15:08:02","currency":"EUR","custom_info":{"custom_1":null,"custom_2":null,"custom_3":null},"customer":{"address1":null,"address2":null,"city":null,"country":null,"country_name":null,"email":"","first_name":null,"house_number":null,"last_name":null,"locale":"en_US","phone1":null,"phone2":"","state":null,"zip_code":null},"description":"product description","fastcheckout":"NO","financial_status":"initialized","items":null,"modified":"2022-01-03T15:08:02","order_id":"my-order-id", "payment_details":{"account_holder_name":null,"account_iban":"https://example.com","account_id":null,"external_transaction_id":"123456789","issuer_id":"3151","recurring_flow":null,"recurring_id":null,"recurring_model":null,"type":"IDEAL"},"payment_methods":[{"amount":1000,"currency":"EUR","description":"product description","external_transaction_id":"123456789","payment_description":"iDEAL","status":"initialized","type":"IDEAL"}],"reason":"","reason_code":"","related_transactions":null,"status":"initialized","transaction_id":"123456789","var1":null,"var2":null,"var3":null}""";

    private const long DocumentedTimestamp = 1641218884;

    private static readonly DateTimeOffset SignedAt = DateTimeOffset.FromUnixTimeSeconds(DocumentedTimestamp);

    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(new MultiSafepayOptions().NotificationMaxAgeSeconds);

    private static byte[] Body(string text) => Encoding.UTF8.GetBytes(text);

    // What MultiSafepay sends: base64("<seconds>:<hex HMAC-SHA512 of "<seconds>:<body>" keyed with the API key>").
    private static string Sign(string body, string key, DateTimeOffset at)
    {
        var seconds = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = Convert.ToHexStringLower(HMACSHA512.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(seconds + ":" + body)));
        return Convert.ToBase64String(Encoding.ASCII.GetBytes(seconds + ":" + signature));
    }

    [Fact]
    public void The_documented_example_is_authentic()
    {
        Assert.True(MultiSafepayNotification.IsAuthentic(DocumentedAuth, Body(DocumentedPayload), DocumentedKey, SignedAt.AddSeconds(30), MaxAge));
    }

    [Fact]
    public void A_body_signed_now_with_the_key_is_authentic()
    {
        var now = new DateTimeOffset(2026, 12, 7, 10, 15, 0, TimeSpan.Zero);
        var body = """{"order_id":"INV-2026-0042","status":"completed","amount":12100,"currency":"EUR"}""";

        Assert.True(MultiSafepayNotification.IsAuthentic(Sign(body, MultiSafepayPortal.ApiKey, now), Body(body), MultiSafepayPortal.ApiKey, now, MaxAge));
    }

    [Fact]
    public void A_changed_body_is_not_authentic()
    {
        var changed = DocumentedPayload.Replace("\"status\":\"initialized\"", "\"status\":\"completed\"", StringComparison.Ordinal);

        Assert.False(MultiSafepayNotification.IsAuthentic(DocumentedAuth, Body(changed), DocumentedKey, SignedAt, MaxAge));
        // Even one byte less, the trailing brace.
        Assert.False(MultiSafepayNotification.IsAuthentic(DocumentedAuth, Body(DocumentedPayload[..^1]), DocumentedKey, SignedAt, MaxAge));
    }

    [Fact]
    public void Another_key_does_not_verify()
    {
        Assert.False(MultiSafepayNotification.IsAuthentic(DocumentedAuth, Body(DocumentedPayload), "9HHhGgRWrA3O7NswjmgwyH7buPPCGnR5AkwAQyqI", SignedAt, MaxAge));
        Assert.False(MultiSafepayNotification.IsAuthentic(DocumentedAuth, Body(DocumentedPayload), "", SignedAt, MaxAge));
    }

    [Fact]
    public void A_notification_signed_longer_ago_than_allowed_is_refused()
    {
        Assert.True(MultiSafepayNotification.IsAuthentic(DocumentedAuth, Body(DocumentedPayload), DocumentedKey, SignedAt + MaxAge, MaxAge));
        Assert.False(MultiSafepayNotification.IsAuthentic(DocumentedAuth, Body(DocumentedPayload), DocumentedKey, SignedAt + MaxAge + TimeSpan.FromSeconds(1), MaxAge));
        Assert.False(MultiSafepayNotification.IsAuthentic(DocumentedAuth, Body(DocumentedPayload), DocumentedKey, SignedAt.AddDays(3), MaxAge));
    }

    [Fact]
    public void A_notification_signed_more_than_a_minute_ahead_of_the_clock_is_refused()
    {
        Assert.True(MultiSafepayNotification.IsAuthentic(DocumentedAuth, Body(DocumentedPayload), DocumentedKey, SignedAt.AddSeconds(-60), MaxAge));
        Assert.False(MultiSafepayNotification.IsAuthentic(DocumentedAuth, Body(DocumentedPayload), DocumentedKey, SignedAt.AddSeconds(-61), MaxAge));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not base64 at all!")]
    [InlineData("MTY0MTIxODg4NDowNmNiZjIyNmU3Yzg3M2VmZjk2OTIxZDdmZGUzOTk4ZWI2YmUwZGU3OTE1ZWUxYzFiNTE0OTUxMWZjYTgyZTI2YmIwYWIyZTZkMGUwYWQ5OTdjYmFiMTUxZTRiYTU2MTU0MThkOGUxMjUyODMwMTcyNjE0M2VkMTE0NjI4N2Y5Mw=")]
    public void A_missing_or_garbled_header_is_refused_without_an_exception(string? header)
    {
        Assert.False(MultiSafepayNotification.IsAuthentic(header, Body(DocumentedPayload), DocumentedKey, SignedAt, MaxAge));
    }

    // Well-formed base64 of something that is not "<seconds>:<128 hex digits>".
    [Theory]
    [InlineData("1641218884")]
    [InlineData(":06cbf226e7c873eff96921d7fde3998eb6be0de7915ee1c1b5149511fca82e26bb0ab2e6d0e0ad997cbab151e4ba5615418d8e12528301726143ed1146287f93")]
    [InlineData("1641218884:")]
    [InlineData("1641218884:06cbf226e7c873eff96921d7fde3998e")]
    [InlineData("1641218884:06cbf226e7c873eff96921d7fde3998eb6be0de7915ee1c1b5149511fca82e26bb0ab2e6d0e0ad997cbab151e4ba5615418d8e12528301726143ed1146287f93:")]
    [InlineData("1641218884:zzcbf226e7c873eff96921d7fde3998eb6be0de7915ee1c1b5149511fca82e26bb0ab2e6d0e0ad997cbab151e4ba5615418d8e12528301726143ed1146287f93")]
    [InlineData("-1641218884:06cbf226e7c873eff96921d7fde3998eb6be0de7915ee1c1b5149511fca82e26bb0ab2e6d0e0ad997cbab151e4ba5615418d8e12528301726143ed1146287f93")]
    [InlineData("1641218884000:06cbf226e7c873eff96921d7fde3998eb6be0de7915ee1c1b5149511fca82e26bb0ab2e6d0e0ad997cbab151e4ba5615418d8e12528301726143ed1146287f93")]
    [InlineData("99999999999999999999999:06cbf226e7c873eff96921d7fde3998eb6be0de7915ee1c1b5149511fca82e26bb0ab2e6d0e0ad997cbab151e4ba5615418d8e12528301726143ed1146287f93")]
    public void A_header_that_does_not_hold_a_timestamp_and_a_signature_is_refused(string decoded)
    {
        var header = Convert.ToBase64String(Encoding.ASCII.GetBytes(decoded));

        Assert.False(MultiSafepayNotification.IsAuthentic(header, Body(DocumentedPayload), DocumentedKey, SignedAt, MaxAge));
    }

    [Fact]
    public void An_overlong_header_is_refused()
    {
        var header = Convert.ToBase64String(new byte[4096]);

        Assert.False(MultiSafepayNotification.IsAuthentic(header, Body(DocumentedPayload), DocumentedKey, SignedAt, MaxAge));
    }
}
