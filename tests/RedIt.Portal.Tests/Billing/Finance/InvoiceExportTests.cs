using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Billing;
using RedIt.Portal.Tests.Infrastructure;
using ConsentStaff = RedIt.Portal.Tests.Consent.Staff;

namespace RedIt.Portal.Tests.Billing.Finance;

// The bookkeeping reads the invoices of a period as CSV (2.4): one row per invoice and VAT rate,
// in a form Excel and an accounting package both read, and safe to open.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.4")]
public sealed class InvoiceExportTests(PortalFactory portal)
{
    private const string Header = "Number,Kind,Date,Customer number,Billing name,Country,VAT treatment,Buyer VAT number,VAT rate (%),Base excl. VAT,VAT,Total incl. VAT,Status,Paid at (UTC),Credits invoice";

    [Fact]
    public async Task The_export_has_one_row_per_invoice_and_VAT_rate_quoted_as_RFC_4180_says_and_no_formula_in_it()
    {
        var tag = FinanceWorld.Tag();
        var person = await FinanceWorld.CustomerAsync(portal, lastName: "Export" + tag);
        var german = await FinanceWorld.CustomerAsync(portal, company: "Export" + tag + " GmbH", country: "DE", vatNumber: "DE123456789");
        await BillingWorld.ConfirmVatNumberAsync(portal, german.Id, "DE", "DE123456789", "WAPIAAAAZ1a2b3c4", DateTime.UtcNow.AddDays(-1));
        var quoted = await FinanceWorld.CustomerAsync(portal, company: $"Bakker, \"Export{tag}\"");
        var formula = await FinanceWorld.CustomerAsync(portal, company: $"=SUM(1+1) Export{tag}");

        var twoLines = await BillingWorld.IssueAsync(portal, person.Id, ("Web hosting", 2, 4.95m), ("Setup fee", 1, 25m));
        var reverse = await BillingWorld.IssueAsync(portal, german.Id, ("Consulting", 1, 100m));
        var comma = await BillingWorld.IssueAsync(portal, quoted.Id, ("Domain name renewal", 1, 10m));
        var paidAt = new DateTime(2026, 3, 2, 9, 30, 15, DateTimeKind.Utc);
        await FinanceWorld.PaidAsync(portal, comma, paidAt);
        var injected = await BillingWorld.IssueAsync(portal, formula.Id, ("Mailbox", 3, 1.50m));
        var credit = (await BillingWorld.CreditAsync(portal, twoLines.Id))!;

        var (finance, email) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Finance);
        var today = FinanceWorld.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var response = await finance.Client.GetAsync(new Uri($"/staff/invoices/export.csv?status=all&q=export{tag}&from={today}&to={today}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"invoices-{today}.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        Assert.Equal(
        [
            Header,
            $"{twoLines.Number},Invoice,{today},{person.Number},Anna Export{tag},NL,DutchVat,,21,34.90,7.33,42.23,Credited,,",
            $"{reverse.Number},Invoice,{today},{german.Number},Export{tag} GmbH,DE,ReverseCharge,DE123456789,0,100.00,0.00,100.00,Open,,",
            $"{comma.Number},Invoice,{today},{quoted.Number},\"Bakker, \"\"Export{tag}\"\"\",NL,DutchVat,,21,10.00,2.10,12.10,Paid,2026-03-02T09:30:15Z,",
            $"{injected.Number},Invoice,{today},{formula.Number},'=SUM(1+1) Export{tag},NL,DutchVat,,21,4.50,0.95,5.45,Open,,",
            $"{credit.Number},CreditNote,{today},{person.Number},Anna Export{tag},NL,DutchVat,,21,-34.90,-7.33,-42.23,Credited,,{twoLines.Number}",
        ], csv.TrimEnd('\r', '\n').Split("\r\n"));

        var financeId = await FinanceWorld.UserIdAsync(portal, email);
        var audited = await portal.WithDbAsync(db => db.Set<AuditLogEntry>().Where(a => a.Action == AuditAction.InvoicesExported && a.ActorUserId == financeId).Select(a => a.Details).SingleAsync());
        Assert.Equal($"invoices all, from {today}, to {today}, with a search", audited);
        Assert.DoesNotContain(tag, audited, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_period_and_the_status_limit_the_export_and_a_period_backwards_is_refused()
    {
        var tag = FinanceWorld.Tag();
        var customer = await FinanceWorld.CustomerAsync(portal, lastName: "Period" + tag);
        var open = await BillingWorld.IssueAsync(portal, customer.Id, ("Web hosting", 1, 10m));
        var paid = await BillingWorld.IssueAsync(portal, customer.Id, ("Mailbox", 1, 2m));
        await FinanceWorld.PaidAsync(portal, paid, DateTime.UtcNow);
        var (finance, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Finance);
        var today = FinanceWorld.Today;
        string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        Assert.Equal([open.Number, paid.Number], await ExportedNumbersAsync(finance, $"q={customer.Number}&from={Day(today)}"));
        Assert.Equal([paid.Number], await ExportedNumbersAsync(finance, $"q={customer.Number}&status=paid"));
        Assert.Empty(await ExportedNumbersAsync(finance, $"q={customer.Number}&to={Day(today.AddDays(-1))}"));
        Assert.Empty(await ExportedNumbersAsync(finance, $"q={customer.Number}&from={Day(today.AddDays(1))}"));

        using var backwards = await finance.Client.GetAsync(new Uri($"/staff/invoices/export.csv?q={customer.Number}&from={Day(today)}&to={Day(today.AddDays(-1))}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, backwards.StatusCode);
        var list = await finance.FollowAsync(await finance.Client.GetAsync(new Uri($"/staff/invoices/export.csv?status=paid&q={customer.Number}&from=yesterday", UriKind.Relative)));
        Assert.Contains("Please give the export's period as two dates, the last on or after the first.", list.Text, StringComparison.Ordinal);
        Assert.Equal([paid.Number], list.Document.QuerySelectorAll("table.staff-invoices tbody tr").Select(r => r.GetAttribute("data-invoice")));
    }

    [Fact]
    public async Task An_export_longer_than_a_page_of_the_database_holds_every_invoice_once_in_date_order()
    {
        // A year of its own, so only these are in the period; every fourth shares its moment with
        // the one before, so the pages must also continue by number.
        var customer = await BillingWorld.CustomerAsync(portal);
        var count = RedIt.Portal.Features.Billing.Finance.InvoiceExport.PageSize * 2 + 1;
        var start = new DateTime(1997, 3, 1, 8, 0, 0, DateTimeKind.Utc);
        var numbers = new List<string>();
        await portal.WithDbAsync(db =>
        {
            for (var i = 0; i < count; i++)
            {
                var issuedOn = start.AddMinutes(i - i % 4 / 3);
                var invoice = new Invoice
                {
                    Id = Guid.NewGuid(), CustomerId = customer.Id, Kind = InvoiceKind.Invoice, Number = string.Create(CultureInfo.InvariantCulture, $"1997-{i + 1:D6}"),
                    IssuedOn = issuedOn, DueOn = new DateOnly(1997, 3, 15), Status = InvoiceStatus.Paid, PaidAt = issuedOn,
                    BillingName = "Femke de Boer", BillingStreet = "Lindengracht", BillingHouseNumber = "12", BillingPostalCode = "1015 KH", BillingCity = "Amsterdam",
                    TotalExclVat = 1m, TotalVat = 0.21m, Total = 1.21m,
                };
                invoice.Lines.Add(new InvoiceLine { Id = Guid.NewGuid(), InvoiceId = invoice.Id, Position = 1, Description = "Service line", Quantity = 1, UnitPriceExclVat = 1m, TotalExclVat = 1m, VatRate = 0.21m, IssuedOn = issuedOn });
                db.Add(invoice);
                numbers.Add(invoice.Number);
            }

            return db.SaveChangesAsync();
        });

        var (finance, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Finance);
        Assert.Equal(numbers, await ExportedNumbersAsync(finance, "from=1997-01-01&to=1997-12-31"));
    }

    private static async Task<List<string>> ExportedNumbersAsync(Browserless browser, string query)
    {
        using var response = await browser.Client.GetAsync(new Uri("/staff/invoices/export.csv?" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').TrimEnd('\r', '\n').Split("\r\n");
        Assert.Equal(Header, lines[0]);
        return lines.Skip(1).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).ToList();
    }
}
