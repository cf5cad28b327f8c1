using System.Security.Cryptography;

namespace RedIt.Portal.Features.Billing.Payments;

// "2026-000123-k3j9x2mq4tz7": the invoice a payment is for, readable in the provider's dashboard,
// and a random part that makes each attempt's reference new and the test checkout's address unguessable.
public static class PaymentReferences
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public static string New(string invoiceNumber) => invoiceNumber + "-" + RandomNumberGenerator.GetString(Alphabet, 16);
}
