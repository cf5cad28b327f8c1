using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Billing.Vat;
using RedIt.Portal.Infrastructure.Time;

namespace RedIt.Portal.Features.Billing.Finance;

// The invoices of a period as CSV for the bookkeeping: one row per invoice per VAT rate, oldest
// first. Read and written in pages, so a year of 100,000 invoices never sits in memory: each page
// continues after the last invoice of the one before (by date, then number), which stays fast
// where an OFFSET would read every earlier row again.
public sealed class InvoiceExport(PortalDbContext db, AuditLogger audit, TimeProvider clock)
{
    public const int PageSize = 500;

    // UTF-8, the byte order mark written once at the start: without it Excel reads the file as
    // the machine's old code page.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: true);

    public string FileName() =>
        "invoices-" + DateOnly.FromDateTime(AmsterdamTime.ToLocal(clock.GetUtcNow().UtcDateTime)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".csv";

    public async Task WriteAsync(InvoiceExportFilter export, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(export);
        ArgumentNullException.ThrowIfNull(output);
        await audit.RecordAsync(AuditAction.InvoicesExported, subjectPersonId: null, details: Describe(export), cancellationToken: cancellationToken);

        var today = DateOnly.FromDateTime(AmsterdamTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        var invoices = InvoiceSearch.Apply(db, export.Filter, today).AsNoTracking();
        // Calendar days in Amsterdam, stored as UTC moments; midnight always exists there.
        if (export.From is { } from)
        {
            var start = AmsterdamTime.ToUtc(from, TimeOnly.MinValue)!.Value;
            invoices = invoices.Where(i => i.IssuedOn >= start);
        }

        if (export.To is { } to)
        {
            var end = AmsterdamTime.ToUtc(to.AddDays(1), TimeOnly.MinValue)!.Value;
            invoices = invoices.Where(i => i.IssuedOn < end);
        }

        await output.WriteAsync(Utf8.GetPreamble(), cancellationToken);
        await output.WriteAsync(Utf8.GetBytes(InvoiceCsv.Header), cancellationToken);
        var csv = new StringBuilder();
        DateTime? lastIssuedOn = null;
        var lastNumber = "";
        while (true)
        {
            var page = invoices;
            if (lastIssuedOn is { } after)
            {
                var number = lastNumber;
                // Translated to SQL's own comparison, the one its ORDER BY uses.
#pragma warning disable CA1309
                page = page.Where(i => i.IssuedOn > after || (i.IssuedOn == after && string.Compare(i.Number, number) > 0));
#pragma warning restore CA1309
            }

            var rows = await page.OrderBy(i => i.IssuedOn).ThenBy(i => i.Number).Take(PageSize)
                .Select(i => new ExportedInvoice(
                    i.Number, i.Kind, i.IssuedOn,
                    db.Customers.Where(c => c.Id == i.CustomerId).Select(c => (int?)c.Number).FirstOrDefault(),
                    i.BillingName, i.BillingCountryCode, i.VatTreatment, i.BuyerVatNumber, i.Status, i.PaidAt,
                    db.Set<Invoice>().Where(c => c.Id == i.CreditsInvoiceId).Select(c => c.Number).FirstOrDefault(),
                    i.Lines.Select(l => new ExportedLine(l.VatRate, l.TotalExclVat)).ToList()))
                .ToListAsync(cancellationToken);
            foreach (var invoice in rows)
            {
                Append(csv, invoice);
            }

            await output.WriteAsync(Utf8.GetBytes(csv.ToString()), cancellationToken);
            await output.FlushAsync(cancellationToken);
            csv.Clear();
            if (rows.Count < PageSize)
            {
                return;
            }

            lastIssuedOn = rows[^1].IssuedOn;
            lastNumber = rows[^1].Number;
        }
    }

    private static void Append(StringBuilder csv, ExportedInvoice invoice)
    {
        var date = InvoiceCsv.Date(DateOnly.FromDateTime(AmsterdamTime.ToLocal(invoice.IssuedOn)));
        foreach (var row in VatRules.Rows(invoice.Lines.Select(l => (l.VatRate, l.TotalExclVat))))
        {
            InvoiceCsv.AppendRow(csv,
            [
                InvoiceCsv.Text(invoice.Number),
                invoice.Kind.ToString(),
                date,
                invoice.CustomerNumber?.ToString(CultureInfo.InvariantCulture) ?? "",
                InvoiceCsv.Text(invoice.BillingName),
                InvoiceCsv.Text(invoice.Country),
                invoice.VatTreatment.ToString(),
                InvoiceCsv.Text(invoice.BuyerVatNumber),
                InvoiceCsv.Rate(row.Rate),
                InvoiceCsv.Amount(row.BaseExclVat),
                InvoiceCsv.Amount(row.Vat),
                InvoiceCsv.Amount(row.BaseExclVat + row.Vat),
                invoice.Status.ToString(),
                InvoiceCsv.Moment(invoice.PaidAt),
                InvoiceCsv.Text(invoice.CreditsNumber),
            ]);
        }
    }

    // The audit log holds no names: the search is noted, not what was searched for.
    private static string Describe(InvoiceExportFilter export) => string.Create(CultureInfo.InvariantCulture,
        $"invoices {InvoiceFilter.QueryValue(export.Filter.StatusValue)}, from {export.From:yyyy-MM-dd}, to {export.To:yyyy-MM-dd}, {(string.IsNullOrWhiteSpace(export.Filter.Search) ? "without" : "with")} a search");

    private sealed record ExportedInvoice(
        string Number, InvoiceKind Kind, DateTime IssuedOn, int? CustomerNumber, string BillingName, string Country, VatTreatment VatTreatment,
        string? BuyerVatNumber, InvoiceStatus Status, DateTime? PaidAt, string? CreditsNumber, List<ExportedLine> Lines);

    private sealed record ExportedLine(decimal VatRate, decimal TotalExclVat);
}
