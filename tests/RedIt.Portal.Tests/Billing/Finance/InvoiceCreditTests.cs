using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Billing;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Tests.Infrastructure;
using ConsentStaff = RedIt.Portal.Tests.Consent.Staff;

namespace RedIt.Portal.Tests.Billing.Finance;

// A correction is a credit note (2.4): Finance credits an invoice after a page that says what it
// does, once however often the button is pressed, and downloads any invoice as the customer got it.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.4")]
public sealed class InvoiceCreditTests(PortalFactory portal)
{
    private static readonly Dictionary<string, string> NoFields = new(StringComparer.Ordinal);

    [Fact]
    public async Task Crediting_from_the_page_issues_one_credit_note_even_when_the_form_is_sent_twice_at_once()
    {
        var customer = await FinanceWorld.CustomerAsync(portal, lastName: "Credit" + FinanceWorld.Tag());
        var (invoice, order) = await FinanceWorld.IssueForOrderAsync(portal, customer.Id);
        var (finance, email) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Finance);

        var shown = await finance.GetAsync("/staff/invoices/" + invoice.Number);
        Assert.NotNull(shown.Document.QuerySelector($"a[href='/staff/invoices/{invoice.Number}/credit']"));
        var confirm = await finance.GetAsync($"/staff/invoices/{invoice.Number}/credit");
        Assert.Equal(HttpStatusCode.OK, confirm.Status);
        Assert.Equal($"Credit invoice {invoice.Number}", confirm.Heading);
        Assert.Contains("€ -48.40 in total", confirm.Text, StringComparison.Ordinal);
        Assert.Contains($"Order {order.Number} still waits for the payment of this invoice: it is cancelled with it.", confirm.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("refund the amount", confirm.Text, StringComparison.Ordinal);

        var clicks = await Task.WhenAll(finance.SubmitAsync(confirm, NoFields), finance.SubmitAsync(confirm, NoFields));
        var locations = clicks.Select(c => c.Headers.Location!.ToString()).ToList();
        foreach (var click in clicks)
        {
            Assert.Equal(HttpStatusCode.Redirect, click.StatusCode);
            click.Dispose();
        }

        var credits = await portal.WithDbAsync(db => db.Set<Invoice>().AsNoTracking().Where(i => i.CreditsInvoiceId == invoice.Id).ToListAsync());
        var credit = Assert.Single(credits);
        Assert.Equal(["/staff/invoices/" + invoice.Number, "/staff/invoices/" + credit.Number], locations.Order(StringComparer.Ordinal));
        var financeId = await FinanceWorld.UserIdAsync(portal, email);
        Assert.Equal((InvoiceKind.CreditNote, (Guid?)financeId, -48.40m), (credit.Kind, credit.IssuedById, credit.Total));
        Assert.Equal(InvoiceStatus.Credited, (await BillingWorld.StoredAsync(portal, invoice.Id)).Status);
        Assert.Equal(OrderStatus.Cancelled, await portal.WithDbAsync(db => db.Set<Order>().Where(o => o.Id == order.Id).Select(o => o.Status).SingleAsync()));
        var audited = await portal.WithDbAsync(db => db.Set<AuditLogEntry>().Where(a => a.Action == AuditAction.InvoiceCredited && a.SubjectPersonId == customer.Id).ToListAsync());
        var entry = Assert.Single(audited);
        Assert.Equal(((Guid?)financeId, $"invoice {invoice.Number}, credit note {credit.Number}"), (entry.ActorUserId, entry.Details));

        // Which of the two notices the browser keeps depends on which answer came last.
        var note = await finance.GetAsync("/staff/invoices/" + credit.Number);
        Assert.Null(note.Document.QuerySelector($"a[href='/staff/invoices/{credit.Number}/credit']"));

        // Neither the credited invoice nor its credit note can be credited: the page says so and posting changes nothing.
        foreach (var number in new[] { invoice.Number, credit.Number })
        {
            var refused = await finance.GetAsync($"/staff/invoices/{number}/credit");
            Assert.Contains("This cannot be credited: it is a credit note, or it has been credited already.", refused.Text, StringComparison.Ordinal);
            Assert.Empty(refused.Document.QuerySelectorAll($"form[action='/staff/invoices/{number}/credit']"));
            var posted = await finance.FollowAsync(await PostAsync(finance, confirm, $"/staff/invoices/{number}/credit"));
            Assert.Contains("This cannot be credited: it is a credit note, or it has been credited already.", posted.Text, StringComparison.Ordinal);
        }

        Assert.Equal(1, await portal.WithDbAsync(db => db.Set<Invoice>().CountAsync(i => i.CustomerId == customer.Id && i.Kind == InvoiceKind.CreditNote)));
        Assert.Single(await portal.WithDbAsync(db => db.Set<AuditLogEntry>().Where(a => a.Action == AuditAction.InvoiceCredited && a.SubjectPersonId == customer.Id).ToListAsync()));
    }

    // A form's POST with the antiforgery token of a page, to an address that page has no form for.
    private static async Task<HttpResponseMessage> PostAsync(Browserless browser, Browserless.Page page, string url)
    {
        var token = page.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", token)]);
        return await browser.Client.PostAsync(new Uri(url, UriKind.Relative), form);
    }

    [Fact]
    public async Task The_page_before_crediting_a_paid_invoice_says_it_must_then_be_refunded_and_sending_it_again_changes_nothing()
    {
        var customer = await FinanceWorld.CustomerAsync(portal, lastName: "Refund" + FinanceWorld.Tag());
        var invoice = await BillingWorld.IssueAsync(portal, customer.Id, ("Web hosting", 1, 10m));
        await FinanceWorld.PaidAsync(portal, invoice, DateTime.UtcNow);
        var (admin, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Admin);

        var confirm = await admin.GetAsync($"/staff/invoices/{invoice.Number}/credit");

        Assert.Contains("This invoice is paid: after crediting it, refund the amount to the customer. The portal does not refund it by itself.", confirm.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("is cancelled with it", confirm.Text, StringComparison.Ordinal);
        Assert.NotNull(confirm.Document.QuerySelector($"form[action='/staff/invoices/{invoice.Number}/credit'] button[type='submit']"));
        var credited = await admin.SubmitAndFollowAsync(confirm, NoFields);
        Assert.StartsWith("Credit note C", credited.Heading, StringComparison.Ordinal);
        Assert.Contains("The credit note is issued. If the invoice was paid, refund the amount to the customer.", credited.Text, StringComparison.Ordinal);
        var again = await admin.SubmitAndFollowAsync(confirm, NoFields);
        Assert.Equal("Invoice " + invoice.Number, again.Heading);
        Assert.Contains("This cannot be credited: it is a credit note, or it has been credited already.", again.Text, StringComparison.Ordinal);
        Assert.Equal(1, await portal.WithDbAsync(db => db.Set<Invoice>().CountAsync(i => i.CreditsInvoiceId == invoice.Id)));
        using var missing = await admin.Client.GetAsync(new Uri("/staff/invoices/1999-999999/credit", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Finance_downloads_the_PDF_as_the_customer_got_it_and_the_download_is_audited()
    {
        var customer = await FinanceWorld.CustomerAsync(portal, lastName: "Pdf" + FinanceWorld.Tag());
        var invoice = await BillingWorld.IssueAsync(portal, customer.Id, ("Web hosting", 1, 10m));
        var (finance, email) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Finance);

        using var response = await finance.Client.GetAsync(new Uri($"/staff/invoices/{invoice.Number}/pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"factuur-{invoice.Number}.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        var financeId = await FinanceWorld.UserIdAsync(portal, email);
        var entry = await portal.WithDbAsync(db => db.Set<AuditLogEntry>().SingleAsync(a => a.Action == AuditAction.InvoicePdfDownloaded && a.SubjectPersonId == customer.Id));
        Assert.Equal(((Guid?)financeId, "invoice " + invoice.Number), (entry.ActorUserId, entry.Details));

        using var missing = await finance.Client.GetAsync(new Uri("/staff/invoices/1999-999999/pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
