namespace RedIt.Portal.Features.Billing.Payments.MultiSafepay;

// What the portal keeps of a payment (1.1): the order's status as MultiSafepay names it
// (initialized, completed, uncleared, declined, cancelled, expired, void, refunded, ...), the
// gateway that paid it ("IDEAL", "VISA") and at most the last four digits of the card or account,
// e.g. "NL** **** **** **** 1234" or "**** 4242". Never a card number, an IBAN or a holder's name.
public sealed record MultiSafepayOrderStatus(
    string OrderId,
    string Status,
    long AmountInCents,
    string Currency,
    string? Method,
    string? MaskedReference,
    DateTime? ModifiedUtc);
