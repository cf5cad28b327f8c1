namespace RedIt.Portal.Features.Billing.Collection;

// What a collection agency receives of a claim, and nothing more (2.4): the name and the address
// as the invoices carry them, the invoices with their PDFs, and the reminders and letters sent
// about them. No e-mail address, phone number or customer number.
public sealed record ClaimHandover(string Reference, ClaimDebtor Debtor, IReadOnlyList<ClaimInvoice> Invoices, IReadOnlyList<ClaimCommunication> Communications);

public sealed record ClaimDebtor(string Name, string Street, string HouseNumber, string PostalCode, string City, string CountryCode);

// Pdf is empty in a preview, which names the file but does not make it.
public sealed record ClaimInvoice(string Number, DateOnly IssuedOn, DateOnly DueOn, decimal Amount, string PdfFileName, byte[] Pdf);

public sealed record ClaimCommunication(string InvoiceNumber, DateTime SentAt, InvoiceCommunicationKind Kind, string Subject, string Text);
