namespace RedIt.Portal.Features.Billing.Finance;

// The filter of the invoice list. Overdue is a part of Open: open invoices whose due date passed;
// in collection are the invoices of a claim that is with DAS Incasso.
public enum InvoiceListStatus
{
    All,
    Open,
    Overdue,
    InCollection,
    Paid,
    Credited,
}
