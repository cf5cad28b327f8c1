using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Billing.Pdf;
using RedIt.Portal.Features.Billing.Vat;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Infrastructure.Localization;
using RedIt.Portal.Infrastructure.Time;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Billing.Documents;

// An issued invoice as its PDF: only what was issued, in the invoice's own language, with the
// seller's details as configured. The caller has checked who may see it.
public sealed class InvoiceDocuments(PortalDbContext db, InvoicePdf pdf, IOptions<BillingOptions> options, PortalLinks links, IStringLocalizer<SharedResource> text)
{
    public async Task<InvoiceFile?> PdfAsync(Guid invoiceId, CancellationToken cancellationToken = default)
    {
        var invoice = await db.Set<Invoice>().AsNoTracking().Include(i => i.Lines).SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken);
        if (invoice is null)
        {
            return null;
        }

        var customerNumber = await db.Customers.Where(c => c.Id == invoice.CustomerId).Select(c => c.Number).SingleAsync(cancellationToken);
        var credits = invoice.CreditsInvoiceId is { } creditsId
            ? await db.Set<Invoice>().Where(i => i.Id == creditsId).Select(i => i.Number).SingleAsync(cancellationToken)
            : null;
        return Render(invoice, customerNumber, credits);
    }

    public InvoiceFile Render(Invoice invoice, int customerNumber, string? creditsNumber)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var document = InCulture.Run(invoice.Culture, () => Document(invoice, customerNumber, creditsNumber));
        return new InvoiceFile(FileName(invoice), pdf.Render(document));
    }

    // "factuur-2026-000123.pdf" or "invoice-2026-000123.pdf", as the customer saves it.
    public string FileName(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var kind = InCulture.Run(invoice.Culture, () => text[invoice.Kind == InvoiceKind.CreditNote ? "credit-note" : "invoice"].Value);
        return kind + "-" + invoice.Number + ".pdf";
    }

    private InvoiceDocument Document(Invoice invoice, int customerNumber, string? creditsNumber)
    {
        var seller = options.Value.Seller;
        var format = CultureInfo.GetCultureInfo(invoice.Culture);
        var lines = invoice.Lines.OrderBy(l => l.Position).ToList();
        var rows = VatRules.Rows(lines.Select(l => (l.VatRate, l.TotalExclVat)));
        var dueOn = invoice.DueOn.ToString("d MMMM yyyy", format);
        return new InvoiceDocument(
            invoice.Culture,
            invoice.Kind == InvoiceKind.CreditNote,
            invoice.Number,
            creditsNumber,
            DateOnly.FromDateTime(AmsterdamTime.ToLocal(invoice.IssuedOn)),
            invoice.DueOn,
            invoice.PeriodFrom,
            invoice.PeriodTo,
            customerNumber,
            new InvoiceParty(seller.Name, seller.Street, seller.HouseNumber, seller.PostalCode, seller.City, CountryName(seller.CountryCode, invoice.Culture), seller.VatNumber, seller.KvkNumber),
            new InvoiceParty(invoice.BillingName, invoice.BillingStreet, invoice.BillingHouseNumber, invoice.BillingPostalCode, invoice.BillingCity, CountryName(invoice.BillingCountryCode, invoice.Culture), invoice.BuyerVatNumber, null),
            lines.Select(l => new InvoiceDocumentLine(l.Description, l.Quantity, l.UnitPriceExclVat, l.TotalExclVat, l.VatRate)).ToList(),
            rows.Select(r => new InvoiceVatRow(r.Rate, r.BaseExclVat, r.Vat)).ToList(),
            invoice.TotalExclVat,
            invoice.TotalVat,
            invoice.Total,
            invoice.VatTreatment switch
            {
                VatTreatment.ReverseCharge => text["VAT reverse charged (btw verlegd): the VAT is due by the customer (art. 196 EU VAT Directive)."].Value,
                VatTreatment.OutsideEu => text["No Dutch VAT: the service is supplied to a customer outside the EU."].Value,
                _ => null,
            },
            invoice.Kind == InvoiceKind.CreditNote
                ? text["This credit note corrects invoice {0}. If you paid that invoice, we refund the amount to you.", creditsNumber ?? ""].Value
                : text["Please pay {0} before {1}: online at {2}, or by bank transfer to {3} (BIC {4}) of {5}, stating invoice number {6}.",
                    "€ " + invoice.Total.ToString("N2", format), dueOn, links.Absolute("/profile/invoices"), seller.Iban, seller.Bic, seller.Name, invoice.Number].Value,
            text["Amounts are in euros. Each line is rounded to the cent; the VAT is calculated per rate on the total of its lines and rounded half away from zero."].Value);
    }

    private static string CountryName(string code, string culture) => Countries.Find(code) is { } country
        ? (culture.StartsWith("nl", StringComparison.Ordinal) ? country.DutchName : country.EnglishName)
        : code;
}

public sealed record InvoiceFile(string FileName, byte[] Content);
