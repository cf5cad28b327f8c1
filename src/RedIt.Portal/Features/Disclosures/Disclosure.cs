namespace RedIt.Portal.Features.Disclosures;

// One time personal data left RED-IT for a named third party: what, to whom, when and why
// (2.3, 2.4, 2.5, 2.11). The person sees these in their data export.
public class Disclosure
{
    public Guid Id { get; set; }

    public Guid PersonId { get; set; }

    public string Recipient { get; set; } = "";

    // The fields that were sent, e.g. "first name, last name, address".
    public string DataItems { get; set; } = "";

    public string Purpose { get; set; } = "";

    public string LegalGround { get; set; } = "";

    public DateTime At { get; set; }

    // What the transfer was for, as the person knows it, e.g. "Order ORD-2026-000123" or "Visit on 12 March".
    public string? Reference { get; set; }

    // Empty when the portal sent the data by itself, e.g. a domain registration.
    public Guid? RecordedByUserId { get; set; }
}
