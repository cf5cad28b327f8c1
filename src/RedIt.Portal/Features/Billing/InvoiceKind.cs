namespace RedIt.Portal.Features.Billing;

public enum InvoiceKind
{
    Invoice,
    CreditNote,
}
