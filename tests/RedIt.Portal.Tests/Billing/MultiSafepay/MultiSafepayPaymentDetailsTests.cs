using System.Text.Json;
using RedIt.Portal.Features.Billing.Payments.MultiSafepay;

namespace RedIt.Portal.Tests.Billing.MultiSafepay;

// What the portal keeps of a payment (1.1): the provider's status, the method and a masked
// reference. MultiSafepay's answer names the payer and the whole IBAN; the status returned holds
// neither, nor anything else of the customer MultiSafepay knows.
[Trait("Policy", "1.1")]
[Collection(MultiSafepayCollection.Name)]
public sealed class MultiSafepayPaymentDetailsTests(MultiSafepayPortal portal)
{
    private static readonly string[] CustomerInAnswer = ["Testperson-nl", "Approved", "example@multisafepay.com", "Neherkade", "Gravenhage", "2521VA", "0612345678"];

    [Fact]
    public async Task An_iDEAL_payment_keeps_the_last_four_digits_of_the_IBAN_and_not_the_IBAN_or_the_holders_name()
    {
        var orderId = RecordedMultiSafepay.NewOrderId();
        portal.Api.AnswerGet(orderId, 200, RecordedMultiSafepay.CompletedIdeal(orderId));

        var status = await portal.Client.GetOrderAsync(orderId);

        Assert.NotNull(status);
        Assert.Equal((orderId, "completed", 12100L, "EUR", "IDEAL"), (status.OrderId, status.Status, status.AmountInCents, status.Currency, status.Method));
        Assert.Equal("NL** **** **** **** 0001", status.MaskedReference);
        // "2022-09-07T11:21:03" is Amsterdam summer time.
        Assert.Equal(new DateTime(2022, 9, 7, 9, 21, 3, DateTimeKind.Utc), status.ModifiedUtc);
        Assert.Equal(DateTimeKind.Utc, status.ModifiedUtc!.Value.Kind);
        AssertKeepsNoneOf(status, [RecordedMultiSafepay.Iban, "ABNA0000000001", "ABNANL2A", RecordedMultiSafepay.HolderName, .. CustomerInAnswer]);
    }

    [Fact]
    public async Task A_card_payment_keeps_the_last_four_digits_and_not_the_holder_or_the_expiry_date()
    {
        var orderId = RecordedMultiSafepay.NewOrderId();
        portal.Api.AnswerGet(orderId, 200, RecordedMultiSafepay.CompletedVisa(orderId));

        var status = await portal.Client.GetOrderAsync(orderId);

        Assert.NotNull(status);
        Assert.Equal(("completed", 1000L, "VISA"), (status.Status, status.AmountInCents, status.Method));
        Assert.Equal("**** 1111", status.MaskedReference);
        // "2025-07-31T11:58:26" is Amsterdam summer time.
        Assert.Equal(new DateTime(2025, 7, 31, 9, 58, 26, DateTimeKind.Utc), status.ModifiedUtc);
        AssertKeepsNoneOf(status, [RecordedMultiSafepay.CardHolderName, RecordedMultiSafepay.CardExpiry, "4111", "876543", "998163177297134120", .. CustomerInAnswer]);
    }

    [Fact]
    public async Task While_the_payer_is_at_the_bank_there_is_no_reference_and_the_banks_link_is_not_kept()
    {
        var orderId = RecordedMultiSafepay.NewOrderId();
        portal.Api.AnswerGet(orderId, 200, RecordedMultiSafepay.InitializedIdeal(orderId));

        var status = await portal.Client.GetOrderAsync(orderId);

        Assert.NotNull(status);
        Assert.Equal(("initialized", "IDEAL"), (status.Status, status.Method));
        Assert.Null(status.MaskedReference);
        AssertKeepsNoneOf(status, ["testpayv2", "3924195754138182"]);
    }

    // Whatever the record is turned into (a log line, JSON for the database or a page), these are not in it.
    private static void AssertKeepsNoneOf(MultiSafepayOrderStatus status, string[] values)
    {
        // The order id is the portal's own, and random: left out, it cannot contain a value by chance.
        var record = status with { OrderId = "" };
        var kept = JsonSerializer.Serialize(record) + "\n" + record;
        foreach (var value in values)
        {
            Assert.DoesNotContain(value, kept, StringComparison.OrdinalIgnoreCase);
        }
    }
}
