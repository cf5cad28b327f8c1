namespace RedIt.Portal.Features.Billing.Finance;

// The filter of the invoice list. Overdue is a part of Open: open invoices whose due date passed.
public enum InvoiceListStatus
{
    All,
    Open,
    Overdue,
    Paid,
    Credited,
}
