namespace RedIt.Portal.Features.Billing.Vat;

// One check of a customer's EU VAT number with VIES. A valid answer's consultation number is the
// proof, for the tax office, that the number was valid when an invoice was reverse charged. When
// VIES cannot answer, the check waits here and is tried again; the sale goes on meanwhile.
public class VatNumberVerification
{
    public Guid Id { get; set; }

    public Guid CustomerId { get; set; }

    public string CountryCode { get; set; } = "";

    public string VatNumber { get; set; } = "";

    public VatNumberVerificationStatus Status { get; set; }

    public string? ConsultationNumber { get; set; }

    public DateTime RequestedAt { get; set; }

    public DateTime? CheckedAt { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptAt { get; set; }

    // Why the last attempt could not be made, e.g. "MS_UNAVAILABLE".
    public string? LastError { get; set; }

    // One instance works a check at a time.
    public DateTime? ClaimedUntil { get; set; }
}

public enum VatNumberVerificationStatus
{
    Pending,
    Valid,
    Invalid,
}
