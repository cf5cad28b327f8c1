using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Tests.Infrastructure;
using ConsentStaff = RedIt.Portal.Tests.Consent.Staff;

namespace RedIt.Portal.Tests.Billing.Finance;

// Finance finds every invoice and credit note (2.4): by number, customer number or name, by
// state, with overdue worked out from the due date, and opens one with all it says.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.4")]
public sealed class FinanceInvoiceListTests(PortalFactory portal)
{
    [Fact]
    public async Task Finance_finds_invoices_by_number_customer_and_name_and_by_state_with_overdue_worked_out()
    {
        var tag = FinanceWorld.Tag();
        var person = await FinanceWorld.CustomerAsync(portal, lastName: "Filter" + tag);
        var business = await FinanceWorld.CustomerAsync(portal, company: "Tulp" + tag + " B.V.");
        var open = await BillingWorld.IssueAsync(portal, person.Id, ("Web hosting", 1, 10m));
        var overdue = await BillingWorld.IssueAsync(portal, person.Id, ("Mailbox", 1, 5m));
        await FinanceWorld.DueOnAsync(portal, overdue.Id, FinanceWorld.Today.AddDays(-1));
        // Due today is not overdue yet.
        var dueToday = await BillingWorld.IssueAsync(portal, person.Id, ("Domain name renewal", 1, 8m));
        await FinanceWorld.DueOnAsync(portal, dueToday.Id, FinanceWorld.Today);
        var paid = await BillingWorld.IssueAsync(portal, business.Id, ("Rack unit", 1, 49m));
        await FinanceWorld.PaidAsync(portal, paid, DateTime.UtcNow);
        var credited = await BillingWorld.IssueAsync(portal, business.Id, ("Setup fee", 1, 25m));
        var credit = (await BillingWorld.CreditAsync(portal, credited.Id))!;
        // A credit note past its date is never overdue: it is not paid by the customer.
        await FinanceWorld.DueOnAsync(portal, credit.Id, FinanceWorld.Today.AddDays(-30));

        var (finance, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Finance);
        Assert.Equal([dueToday.Number, overdue.Number, open.Number], await FinanceWorld.NumbersAsync(finance, $"/staff/invoices?q={person.Number}"));
        Assert.Equal([dueToday.Number, overdue.Number, open.Number], await FinanceWorld.NumbersAsync(finance, $"/staff/invoices?q=filter{tag}"));
        Assert.Equal([credit.Number, credited.Number, paid.Number], await FinanceWorld.NumbersAsync(finance, $"/staff/invoices?q=TULP{tag}"));
        Assert.Equal([paid.Number], await FinanceWorld.NumbersAsync(finance, $"/staff/invoices?q={paid.Number}"));
        Assert.Equal([overdue.Number], await FinanceWorld.NumbersAsync(finance, $"/staff/invoices?q={person.Number}&status=overdue"));
        Assert.Equal([dueToday.Number, overdue.Number, open.Number], await FinanceWorld.NumbersAsync(finance, $"/staff/invoices?q={person.Number}&status=open"));
        Assert.Equal([paid.Number], await FinanceWorld.NumbersAsync(finance, $"/staff/invoices?q=tulp{tag}&status=paid"));
        Assert.Equal([credit.Number, credited.Number], await FinanceWorld.NumbersAsync(finance, $"/staff/invoices?q=tulp{tag}&status=credited"));
        Assert.Empty(await FinanceWorld.NumbersAsync(finance, $"/staff/invoices?q={business.Number}&status=overdue"));

        var list = await finance.GetAsync($"/staff/invoices?q={person.Number}");
        Assert.Equal(["Open", "Overdue", "Open"], list.Document.QuerySelectorAll("table.staff-invoices tbody tr").Select(r => r.GetAttribute("data-status")));
        Assert.Contains("Overdue", list.Document.QuerySelector($"tr[data-invoice='{overdue.Number}']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(list.Document.QuerySelector($"tr[data-invoice='{open.Number}'] a[href='/staff/customers/{person.Number}']"));
        Assert.NotNull(list.Document.QuerySelector("header nav a[href='/staff/invoices']"));
    }

    [Fact]
    public async Task The_filter_and_the_search_stay_in_the_links_to_the_next_page()
    {
        var customer = await FinanceWorld.CustomerAsync(portal, lastName: "Pages" + FinanceWorld.Tag());
        for (var i = 1; i <= 26; i++)
        {
            await BillingWorld.IssueAsync(portal, customer.Id, ($"Service line {i}", 1, i));
        }

        var (finance, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Finance);
        var first = await finance.GetAsync($"/staff/invoices?q={customer.Number}&status=open");
        Assert.Equal(25, first.Document.QuerySelectorAll("table.staff-invoices tbody tr").Length);
        var next = first.Document.QuerySelector("nav.pager a[rel='next']")!.GetAttribute("href")!;
        Assert.Contains($"q={customer.Number}", next, StringComparison.Ordinal);
        Assert.Contains("status=open", next, StringComparison.Ordinal);
        Assert.Contains("page=2", next, StringComparison.Ordinal);
        Assert.Single(await FinanceWorld.NumbersAsync(finance, next));
    }

    [Fact]
    public async Task An_invoice_shows_both_parties_its_lines_VAT_payments_and_the_credit_note_that_corrects_it_and_the_view_is_audited()
    {
        var customer = await FinanceWorld.CustomerAsync(portal, company: "Parties" + FinanceWorld.Tag());
        var paid = await BillingWorld.IssueAsync(portal, customer.Id, ("Rack unit", 2, 49.99m), ("Remote hands, 1 hour", 1, 75m));
        await FinanceWorld.PaidAsync(portal, paid, DateTime.UtcNow.AddMinutes(-5));
        var credit = (await BillingWorld.CreditAsync(portal, paid.Id))!;

        var (finance, email) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Finance);
        var page = await finance.GetAsync("/staff/invoices/" + paid.Number);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Invoice " + paid.Number, page.Heading);
        Assert.Contains("RED-IT B.V.", page.Document.QuerySelector("section.seller")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(customer.CompanyName!, page.Document.QuerySelector("section.buyer")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Lindengracht 12", page.Document.QuerySelector("section.buyer")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, page.Document.QuerySelectorAll("table.invoice-lines tbody tr").Length);
        var vat = Assert.Single(page.Document.QuerySelectorAll("table.invoice-vat tbody tr"));
        Assert.Contains("21 %", vat.TextContent, StringComparison.Ordinal);
        Assert.Contains("€ 211.73", page.Document.QuerySelector("dl.invoice-totals")!.TextContent, StringComparison.Ordinal);
        var payment = Assert.Single(page.Document.QuerySelectorAll("table.invoice-payments tbody tr"));
        Assert.Contains("NL** **** **** **** 1234", payment.TextContent, StringComparison.Ordinal);
        Assert.Contains("MultiSafepay", payment.TextContent, StringComparison.Ordinal);
        Assert.Equal("/staff/invoices/" + credit.Number, page.Document.QuerySelector("a.credit-note")!.GetAttribute("href"));
        Assert.NotNull(page.Document.QuerySelector($"a[href='/staff/invoices/{paid.Number}/pdf']"));
        // Credited already: no way to credit it again.
        Assert.Null(page.Document.QuerySelector($"a[href='/staff/invoices/{paid.Number}/credit']"));

        var note = await finance.GetAsync("/staff/invoices/" + credit.Number);
        Assert.Equal("Credit note " + credit.Number, note.Heading);
        Assert.Equal("/staff/invoices/" + paid.Number, note.Document.QuerySelector("a.credits-invoice")!.GetAttribute("href"));
        Assert.Contains("€ -211.73", note.Document.QuerySelector("dl.invoice-totals")!.TextContent, StringComparison.Ordinal);

        var financeId = await FinanceWorld.UserIdAsync(portal, email);
        var viewed = await portal.WithDbAsync(db => db.Set<AuditLogEntry>().Where(a => a.Action == AuditAction.InvoiceViewed && a.ActorUserId == financeId)
            .Select(a => new { a.SubjectPersonId, a.Details }).ToListAsync());
        Assert.Equal([(customer.Id, "invoice " + paid.Number), (customer.Id, "invoice " + credit.Number)],
            viewed.Select(v => (v.SubjectPersonId!.Value, v.Details)).OrderBy(v => v.Details, StringComparer.Ordinal));

        using var missing = await finance.Client.GetAsync(new Uri("/staff/invoices/1999-999999", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Only_Finance_and_Admin_have_the_invoices_in_their_menu()
    {
        var (support, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Support);
        var (admin, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Admin);

        Assert.Null((await support.GetAsync("/staff/orders")).Document.QuerySelector("header nav a[href='/staff/invoices']"));
        Assert.NotNull((await admin.GetAsync("/staff/orders")).Document.QuerySelector("header nav a[href='/staff/invoices']"));
        using var refused = await support.Client.GetAsync(new Uri("/staff/invoices", UriKind.Relative));
        Assert.Contains("/account/access-denied", refused.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
    }
}
