using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Billing;
using RedIt.Portal.Features.Billing.Collection;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Tests.Infrastructure;
using ConsentStaff = RedIt.Portal.Tests.Consent.Staff;

namespace RedIt.Portal.Tests.Billing.Finance;

// Money that came in by bank transfer (2.4, 1.1): Finance records it on the invoice after a page
// with the amount, once however often the button is pressed; the customer is sent a receipt and the
// order is delivered. Invoices with DAS Incasso are a filter of their own, and say so.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.4")]
[Trait("Policy", "1.1")]
public sealed class InvoiceTransferTests(PortalFactory portal)
{
    private static readonly Dictionary<string, string> NoFields = new(StringComparer.Ordinal);

    [Fact]
    public async Task A_bank_transfer_is_recorded_once_and_pays_the_invoice_and_its_order_with_a_receipt()
    {
        var customer = await FinanceWorld.CustomerAsync(portal, lastName: "Transfer" + FinanceWorld.Tag());
        var email = await portal.WithDbAsync(db => db.Users.Where(u => u.Id == customer.Id).Select(u => u.Email!).SingleAsync());
        var (invoice, order) = await FinanceWorld.IssueForOrderAsync(portal, customer.Id);
        var (finance, financeEmail) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Finance);

        var shown = await finance.GetAsync("/staff/invoices/" + invoice.Number);
        Assert.NotNull(shown.Document.QuerySelector($"a[href='/staff/invoices/{invoice.Number}/transfer']"));
        var confirm = await finance.GetAsync($"/staff/invoices/{invoice.Number}/transfer");
        Assert.Equal(HttpStatusCode.OK, confirm.Status);
        Assert.Equal($"Record a bank transfer for invoice {invoice.Number}", confirm.Heading);
        Assert.Contains("Record this only when € 48.40 for this invoice is on RED-IT's bank account.", confirm.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("DAS Incasso", confirm.Text, StringComparison.Ordinal);

        var clicks = await Task.WhenAll(finance.SubmitAsync(confirm, NoFields), finance.SubmitAsync(confirm, NoFields));
        foreach (var click in clicks)
        {
            Assert.Equal(HttpStatusCode.Redirect, click.StatusCode);
            Assert.Equal("/staff/invoices/" + invoice.Number, click.Headers.Location!.ToString());
            click.Dispose();
        }

        var stored = await BillingWorld.StoredAsync(portal, invoice.Id);
        Assert.Equal(InvoiceStatus.Paid, stored.Status);
        var payment = Assert.Single(await PaymentsAsync(invoice.Id));
        Assert.Equal(("Bank transfer", "Bank transfer", 48.40m, PaymentStatus.Completed, (string?)null), (payment.Provider, payment.Method, payment.Amount, payment.Status, payment.MaskedReference));
        var paidOrder = await portal.WithDbAsync(db => db.Set<Order>().AsNoTracking().SingleAsync(o => o.Id == order.Id));
        Assert.NotEqual(OrderStatus.AwaitingPayment, paidOrder.Status);
        var financeId = await FinanceWorld.UserIdAsync(portal, financeEmail);
        Assert.Equal(financeId, paidOrder.MarkedPaidById);
        var audited = await portal.WithDbAsync(db => db.Set<AuditLogEntry>().Where(a => a.Action == AuditAction.InvoiceTransferRecorded && a.SubjectPersonId == customer.Id).ToListAsync());
        var entry = Assert.Single(audited);
        Assert.Equal(((Guid?)financeId, "invoice " + invoice.Number), (entry.ActorUserId, entry.Details));

        var receipt = await Mailbox.WaitForAsync(email, "Betaling ontvangen voor factuur " + invoice.Number);
        Assert.Contains("48,40", receipt.TextBody, StringComparison.Ordinal);

        // Paid now: neither the page nor a post records it again.
        var after = await finance.GetAsync("/staff/invoices/" + invoice.Number);
        Assert.Null(after.Document.QuerySelector($"a[href='/staff/invoices/{invoice.Number}/transfer']"));
        var refused = await finance.GetAsync($"/staff/invoices/{invoice.Number}/transfer");
        Assert.Contains("This invoice is not open: it is paid or credited, or it is a credit note.", refused.Text, StringComparison.Ordinal);
        Assert.Empty(refused.Document.QuerySelectorAll("form[action$='/transfer']"));
        Assert.Single(await PaymentsAsync(invoice.Id));
    }

    [Fact]
    public async Task Invoices_with_DAS_Incasso_have_their_own_filter_and_show_their_claim()
    {
        var tag = FinanceWorld.Tag();
        var customer = await FinanceWorld.CustomerAsync(portal, lastName: "Incasso" + tag);
        var handedOver = await BillingWorld.IssueAsync(portal, customer.Id, ("Web hosting", 1, 10m));
        var withdrawn = await BillingWorld.IssueAsync(portal, customer.Id, ("Mailbox", 1, 5m));
        var open = await BillingWorld.IssueAsync(portal, customer.Id, ("Rack unit", 1, 49m));
        var claimId = Guid.NewGuid();
        await portal.WithDbAsync(db =>
        {
            db.Add(Claim(claimId, customer.Id, handedOver, CollectionClaimState.HandedOver));
            db.Add(Claim(Guid.NewGuid(), customer.Id, withdrawn, CollectionClaimState.Withdrawn));
            return db.SaveChangesAsync();
        });
        var (finance, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Finance);

        Assert.Equal([handedOver.Number], await FinanceWorld.NumbersAsync(finance, $"/staff/invoices?q=incasso{tag}&status=collection"));
        Assert.Equal([open.Number, withdrawn.Number, handedOver.Number], await FinanceWorld.NumbersAsync(finance, $"/staff/invoices?q=incasso{tag}&status=open"));
        var list = await finance.GetAsync($"/staff/invoices?q=incasso{tag}");
        Assert.Contains("With DAS Incasso", list.Document.QuerySelector($"tr[data-invoice='{handedOver.Number}']")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("With DAS Incasso", list.Document.QuerySelector($"tr[data-invoice='{withdrawn.Number}']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(list.Document.QuerySelector("select#status option[value='collection']"));

        var page = await finance.GetAsync("/staff/invoices/" + handedOver.Number);
        Assert.Equal("RIT-" + handedOver.Number, page.Document.QuerySelector($"a.collection-claim[href='/staff/collection/claims/{claimId}']")!.TextContent.Trim());
        var transfer = await finance.GetAsync($"/staff/invoices/{handedOver.Number}/transfer");
        Assert.Contains($"This invoice is with DAS Incasso in claim RIT-{handedOver.Number}: tell DAS Incasso it is paid", transfer.Text, StringComparison.Ordinal);
        Assert.Null((await finance.GetAsync("/staff/invoices/" + withdrawn.Number)).Document.QuerySelector("a.collection-claim"));
    }

    private Task<List<PaymentRecord>> PaymentsAsync(Guid invoiceId) =>
        portal.WithDbAsync(db => db.Set<PaymentRecord>().AsNoTracking().Where(p => p.InvoiceId == invoiceId).ToListAsync());

    private static CollectionClaim Claim(Guid id, Guid customerId, Invoice invoice, CollectionClaimState state) => new()
    {
        Id = id, CustomerId = customerId, Reference = "RIT-" + invoice.Number, State = state, HandedOverAt = DateTime.UtcNow, StateChangedAt = DateTime.UtcNow,
        Payload = "{}", Invoices = [new CollectionClaimInvoice { InvoiceId = invoice.Id }],
    };
}
