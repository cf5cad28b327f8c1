using RedIt.Portal.Features.Customers;
using RedIt.Portal.Privacy;

namespace RedIt.Portal.Features.Billing.Collection;

// What DAS Incasso receives, by name, as the customer reads it in the export (2.4).
public static class CollectionDisclosure
{
    public const string Purpose = "Collecting invoices that stay unpaid after the payment term and the reminders (2.4)";

    public const string LegalGround = "Legitimate interest (GDPR art. 6(1)(f)): collecting an unpaid claim";

    // The length of Disclosure.Reference.
    private const int MaxReference = 200;

    public static string Recipient => Recipients.DasIncasso.Name;

    public static IReadOnlyList<string> DataItems(CustomerKind kind) => kind == CustomerKind.Business
        ? ["company name", "address", "invoices", "reminders and letters sent"]
        : ["first name", "last name", "address", "invoices", "reminders and letters sent"];

    public static string Reference(ClaimHandover claim, bool accepted)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var reference = "Claim " + claim.Reference + " (invoices " + string.Join(", ", claim.Invoices.Select(i => i.Number)) + ")";
        reference = accepted ? reference : reference + ", not accepted by DAS Incasso";
        return reference.Length <= MaxReference ? reference : reference[..(MaxReference - 1)] + "…";
    }
}
