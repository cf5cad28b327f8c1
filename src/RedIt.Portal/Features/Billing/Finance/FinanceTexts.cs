using System.Globalization;
using Microsoft.Extensions.Localization;

namespace RedIt.Portal.Features.Billing.Finance;

// What an invoice's kind and state are called on Finance's screens, as resource keys.
public static class FinanceTexts
{
    // "invoice" is the key the PDF's file name has already ("factuur-2026-000123.pdf"), and keys
    // are one whatever their case: here it starts with a capital.
    public static string Kind(InvoiceKind kind, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (kind == InvoiceKind.CreditNote)
        {
            return text["Credit note"];
        }

        var invoice = text["invoice"].Value;
        return invoice.Length == 0 ? invoice : char.ToUpper(invoice[0], CultureInfo.CurrentCulture) + invoice[1..];
    }

    public static string Status(InvoiceStatus status, bool overdue) => status switch
    {
        InvoiceStatus.Open when overdue => "Overdue",
        InvoiceStatus.Open => "Open",
        InvoiceStatus.Paid => "Paid",
        InvoiceStatus.Credited => "Credited",
        _ => status.ToString(),
    };

    public static string ListStatus(InvoiceListStatus status) => status switch
    {
        InvoiceListStatus.Open => "Open",
        InvoiceListStatus.Overdue => "Overdue",
        InvoiceListStatus.InCollection => "With DAS Incasso",
        InvoiceListStatus.Paid => "Paid",
        InvoiceListStatus.Credited => "Credited",
        _ => "Every status",
    };

    public static string Treatment(VatTreatment treatment) => treatment switch
    {
        VatTreatment.ReverseCharge => "VAT reverse charged",
        VatTreatment.OutsideEu => "No Dutch VAT (outside the EU)",
        _ => "Dutch VAT",
    };

    public static string PaymentStatus(Billing.PaymentStatus status) => status switch
    {
        Billing.PaymentStatus.Initiated => "Started",
        Billing.PaymentStatus.Completed => "Completed",
        Billing.PaymentStatus.Failed => "Failed",
        Billing.PaymentStatus.Refunded => "Refunded",
        _ => status.ToString(),
    };
}
