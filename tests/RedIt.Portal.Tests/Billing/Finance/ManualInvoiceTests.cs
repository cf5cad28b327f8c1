using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data.Numbers;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Billing;
using RedIt.Portal.Tests.Infrastructure;
using ConsentStaff = RedIt.Portal.Tests.Consent.Staff;

namespace RedIt.Portal.Tests.Billing.Finance;

// Finance issues an invoice by hand (2.4): every field checked with its own message and nothing
// stored until all are right; issued, it is numbered in the same gap-free series as every invoice.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.4")]
public sealed class ManualInvoiceTests(PortalFactory portal)
{
    [Fact]
    public async Task Each_wrong_field_is_refused_with_its_own_message_the_form_keeps_what_was_typed_and_nothing_is_stored()
    {
        var customer = await FinanceWorld.CustomerAsync(portal, lastName: "Refused" + FinanceWorld.Tag());
        var (finance, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Finance);
        var form = await finance.GetAsync("/staff/invoices/new");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Equal(10, form.Document.QuerySelectorAll("fieldset.invoice-line").Length);
        var before = await StoredAsync();

        var typed = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Input.CustomerNumber"] = "99999999",
            ["Input.Culture"] = "de",
            ["Input.PeriodFrom"] = "2026-05-10",
            ["Input.PeriodTo"] = "2026-05-01",
            ["Input.Lines[0].Description"] = "Remote hands",
            ["Input.Lines[0].Quantity"] = "2",
            ["Input.Lines[0].UnitPrice"] = "75.125",
            ["Input.Lines[1].UnitPrice"] = "10",
            ["Input.Lines[2].Description"] = "Cables",
            ["Input.Lines[2].Quantity"] = "1001",
            ["Input.Lines[2].UnitPrice"] = "1",
            ["Input.Lines[3].Description"] = "Rack",
            ["Input.Lines[3].UnitPrice"] = "2000000",
            ["Input.Lines[4].Description"] = "Setup",
        };
        var refused = await finance.FollowAsync(await finance.SubmitAsync(form, typed));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("No customer has this number.", refused.FieldError("Input.CustomerNumber"));
        Assert.Equal("Please choose Dutch or English.", refused.FieldError("Input.Culture"));
        Assert.Equal("The period cannot end before it starts.", refused.FieldError("Input.PeriodTo"));
        Assert.Equal("Please give the price in euros with at most two decimals, such as 9.95 or -10.00.", refused.FieldError("Input.Lines[0].UnitPrice"));
        Assert.Equal("Please describe what the line charges for.", refused.FieldError("Input.Lines[1].Description"));
        Assert.Equal("The quantity is a whole number from 1 to 1000.", refused.FieldError("Input.Lines[2].Quantity"));
        Assert.Equal("A unit price is from -1,000,000 to 1,000,000 euros.", refused.FieldError("Input.Lines[3].UnitPrice"));
        Assert.Equal("Please give the unit price excluding VAT, such as 75.00.", refused.FieldError("Input.Lines[4].UnitPrice"));
        Assert.Null(refused.FieldError("Input.Lines[5].Description"));
        Assert.Equal("true", refused.Document.QuerySelector("[name='Input.Lines[0].UnitPrice']")!.GetAttribute("aria-invalid"));
        foreach (var (field, value) in typed.Where(t => t.Key != "Input.Culture"))
        {
            Assert.Equal(value, refused.Value(field));
        }

        Assert.Equal(10, refused.Document.QuerySelectorAll("fieldset.invoice-line").Length);
        Assert.Equal(before, await StoredAsync());

        // A real customer, but half a period and no line at all.
        var empty = await finance.FollowAsync(await finance.SubmitAsync(form, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Input.CustomerNumber"] = customer.Number.ToString(CultureInfo.InvariantCulture),
            ["Input.PeriodFrom"] = "2026-05-10",
        }));
        Assert.Null(empty.FieldError("Input.CustomerNumber"));
        Assert.Equal("Please give both the first and the last day of the period, or leave both empty.", empty.FieldError("Input.PeriodTo"));
        Assert.Equal("Please fill in at least one line.", empty.FieldError("Input.Lines"));
        var nothing = await finance.FollowAsync(await finance.SubmitAsync(form, new Dictionary<string, string>(StringComparer.Ordinal)));
        Assert.Equal("Please give the customer number, such as 10001.", nothing.FieldError("Input.CustomerNumber"));
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task A_valid_form_issues_the_invoice_in_the_customers_language_with_its_period_and_lines_and_audits_it()
    {
        var customer = await FinanceWorld.CustomerAsync(portal, lastName: "Issued" + FinanceWorld.Tag(), culture: "en");
        var (finance, email) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Finance);
        var form = await finance.GetAsync($"/staff/invoices/new?customer={customer.Number}");
        Assert.Equal(customer.Number.ToString(CultureInfo.InvariantCulture), form.Value("Input.CustomerNumber"));
        Assert.Equal("en", form.Value("Input.Culture"));

        using var issued = await finance.SubmitAsync(form, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Input.Culture"] = "",
            ["Input.PeriodFrom"] = "2026-01-01",
            ["Input.PeriodTo"] = "2026-01-31",
            ["Input.Lines[0].Description"] = "Remote hands, 2 hours",
            ["Input.Lines[0].Quantity"] = "2",
            ["Input.Lines[0].UnitPrice"] = "75,50",
            ["Input.Lines[2].Description"] = "Discount",
            ["Input.Lines[2].UnitPrice"] = "-10",
        });

        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        var invoice = await portal.WithDbAsync(db => db.Set<Invoice>().AsNoTracking().Include(i => i.Lines).SingleAsync(i => i.CustomerId == customer.Id));
        Assert.Equal("/staff/invoices/" + invoice.Number, issued.Headers.Location!.ToString());
        Assert.Matches($"^{FinanceWorld.Year}-\\d{{6}}$", invoice.Number);
        var financeId = await FinanceWorld.UserIdAsync(portal, email);
        Assert.Equal(((Guid?)financeId, "en", (DateOnly?)new DateOnly(2026, 1, 1), (DateOnly?)new DateOnly(2026, 1, 31), (Guid?)null),
            (invoice.IssuedById, invoice.Culture, invoice.PeriodFrom, invoice.PeriodTo, invoice.OrderId));
        Assert.Equal([("Remote hands, 2 hours", 2, 75.50m, 151.00m), ("Discount", 1, -10m, -10m)],
            invoice.Lines.OrderBy(l => l.Position).Select(l => (l.Description, l.Quantity, l.UnitPriceExclVat, l.TotalExclVat)));
        Assert.Equal((141.00m, 29.61m, 170.61m, InvoiceStatus.Open, VatTreatment.DutchVat), (invoice.TotalExclVat, invoice.TotalVat, invoice.Total, invoice.Status, invoice.VatTreatment));
        var entry = await portal.WithDbAsync(db => db.Set<AuditLogEntry>().SingleAsync(a => a.Action == AuditAction.InvoiceIssued && a.SubjectPersonId == customer.Id));
        Assert.Equal(((Guid?)financeId, "invoice " + invoice.Number), (entry.ActorUserId, entry.Details));

        var shown = await finance.GetAsync(issued.Headers.Location!.ToString());
        Assert.Contains("The invoice is issued.", shown.Text, StringComparison.Ordinal);
        Assert.Contains("Issued by Sam Staff.", shown.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eight_invoices_issued_by_hand_at_once_get_eight_numbers_in_a_row_and_the_years_series_has_no_gap()
    {
        var customer = await FinanceWorld.CustomerAsync(portal, lastName: "Parallel" + FinanceWorld.Tag());
        var (finance, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Finance);
        var form = await finance.GetAsync($"/staff/invoices/new?customer={customer.Number}");

        var posts = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => Task.Run(() => finance.SubmitAsync(form, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Input.Lines[0].Description"] = $"Remote hands {i}",
            ["Input.Lines[0].UnitPrice"] = "75",
        }))));
        var locations = posts.Select(p => p.Headers.Location?.ToString() ?? $"HTTP {(int)p.StatusCode}").ToList();
        foreach (var post in posts)
        {
            post.Dispose();
        }

        Assert.All(locations, l => Assert.StartsWith($"/staff/invoices/{FinanceWorld.Year}-", l, StringComparison.Ordinal));
        var issued = locations.Select(l => int.Parse(l[^6..], CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(issued[0], 8), issued);
        Assert.Equal(8, await portal.WithDbAsync(db => db.Set<Invoice>().CountAsync(i => i.CustomerId == customer.Id)));
        var year = FinanceWorld.Year.ToString(CultureInfo.InvariantCulture) + "-";
        var numbers = await portal.WithDbAsync(db => db.Set<Invoice>().Where(i => i.Kind == InvoiceKind.Invoice && i.Number.StartsWith(year)).Select(i => i.Number).ToListAsync());
        var series = numbers.Select(n => int.Parse(n[5..], CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(1, series.Count), series);
    }

    // Every invoice and the last number of every series: what a refused form must leave as it was.
    private Task<(int Invoices, long Numbers)> StoredAsync() =>
        portal.WithDbAsync(async db => (await db.Set<Invoice>().CountAsync(), await db.Set<NumberSequence>().SumAsync(s => s.LastValue)));
}
