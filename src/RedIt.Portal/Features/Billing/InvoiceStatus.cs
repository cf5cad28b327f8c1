namespace RedIt.Portal.Features.Billing;

// Overdue is not a status: it is an open invoice past its due date, so it needs no job to set it.
public enum InvoiceStatus
{
    Open,
    Paid,

    // Corrected by a credit note; a credit note itself is issued in this status.
    Credited,
}
