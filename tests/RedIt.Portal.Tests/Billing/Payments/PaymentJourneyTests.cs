using System.Net;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using RedIt.Portal.Features.Billing;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Orders;

namespace RedIt.Portal.Tests.Billing.Payments;

// From order to paid (2.4): the invoice arrives by mail with its PDF, "My invoices" shows it, and
// the test payment provider pays it or fails it, the way MultiSafepay's page would.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.4")]
public sealed class PaymentJourneyTests(PortalFactory portal)
{
    [Fact]
    public async Task A_customer_gets_the_invoice_by_mail_opens_its_PDF_and_pays_it_and_the_order_is_delivered()
    {
        var (customer, email, invoice) = await OrderedAsync();

        var mail = await Mailbox.WaitForAsync(email, invoice.Number + " from RED-IT");
        var attachment = Assert.Single(mail.Attachments.OfType<MimePart>());
        Assert.Equal(("application/pdf", $"invoice-{invoice.Number}.pdf"), (attachment.ContentType.MimeType, attachment.FileName));
        Assert.Contains("/profile/invoices/" + invoice.Number, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("because you ordered", mail.TextBody, StringComparison.Ordinal);

        var list = await customer.GetAsync("/profile/invoices");
        var row = Assert.Single(list.Document.QuerySelectorAll("table.my-invoices tbody tr"));
        Assert.Equal(invoice.Number, row.GetAttribute("data-invoice"));
        Assert.Equal("Open", row.QuerySelector(".invoice-status")!.TextContent.Trim());
        using var pdf = await customer.Client.GetAsync(new Uri($"/profile/invoices/{invoice.Number}/pdf", UriKind.Relative));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..4], StringComparison.Ordinal);

        var shown = await customer.GetAsync("/profile/invoices/" + invoice.Number);
        var checkout = await customer.SubmitAndFollowAsync(shown, new Dictionary<string, string>(), $"/profile/invoices/{invoice.Number}/pay");
        Assert.Contains("/payments/test/", checkout.Url, StringComparison.Ordinal);
        Assert.Equal("Test payment", checkout.Heading);
        var back = await customer.SubmitAndFollowAsync(checkout, new Dictionary<string, string> { ["outcome"] = "pay" });

        Assert.EndsWith("/profile/invoices/" + invoice.Number, back.Url, StringComparison.Ordinal);
        Assert.Contains("Thank you, your payment was received.", back.Text, StringComparison.Ordinal);
        Assert.Equal("Paid", back.Document.QuerySelector(".invoice-status")!.TextContent.Trim());
        var paid = await portal.WithDbAsync(db => db.Set<Invoice>().AsNoTracking().Include(i => i.Payments).ThenInclude(p => p.Changes).SingleAsync(i => i.Id == invoice.Id));
        Assert.Equal(InvoiceStatus.Paid, paid.Status);
        var payment = Assert.Single(paid.Payments);
        Assert.Equal(("Test", PaymentStatus.Completed, invoice.Total), (payment.Provider, payment.Status, payment.Amount));
        Assert.Equal([PaymentStatus.Initiated, PaymentStatus.Completed], payment.Changes.Select(c => c.Status).Order());
        // Paid, and its delivery under way (the worker may have started on it already).
        Assert.Contains(await portal.WithDbAsync(db => db.Set<Order>().Where(o => o.Id == invoice.OrderId).Select(o => o.Status).SingleAsync()), new[] { OrderStatus.Paid, OrderStatus.Provisioning, OrderStatus.Completed });
        Assert.True(await portal.WithDbAsync(db => db.Set<ProvisioningStep>().AnyAsync(s => s.OrderId == invoice.OrderId)));
        Assert.Contains("We now start delivering your order", (await Mailbox.WaitForAsync(email, "Payment received for invoice " + invoice.Number)).TextBody, StringComparison.Ordinal);

        // Paid is paid: there is nothing more to pay, and the provider's page cannot pay it again.
        Assert.Null((await customer.GetAsync("/profile/invoices/" + invoice.Number)).Document.QuerySelector($"form[action='/profile/invoices/{invoice.Number}/pay']"));
        var again = await customer.SubmitAndFollowAsync(shown, new Dictionary<string, string>(), $"/profile/invoices/{invoice.Number}/pay");
        Assert.Contains("This invoice is not open for payment.", again.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_payment_leaves_the_invoice_open_to_pay_again_with_a_new_attempt()
    {
        var (customer, _, invoice) = await OrderedAsync();
        var shown = await customer.GetAsync("/profile/invoices/" + invoice.Number);

        var checkout = await customer.SubmitAndFollowAsync(shown, new Dictionary<string, string>(), $"/profile/invoices/{invoice.Number}/pay");
        var back = await customer.SubmitAndFollowAsync(checkout, new Dictionary<string, string> { ["outcome"] = "fail" });

        Assert.Contains("The payment was not completed.", back.Text, StringComparison.Ordinal);
        Assert.Equal("Open", back.Document.QuerySelector(".invoice-status")!.TextContent.Trim());
        Assert.NotNull(back.Document.QuerySelector($"form[action='/profile/invoices/{invoice.Number}/pay']"));
        var second = await customer.SubmitAndFollowAsync(back, new Dictionary<string, string>(), $"/profile/invoices/{invoice.Number}/pay");
        Assert.NotEqual(checkout.Url, second.Url);
        var payments = await portal.WithDbAsync(db => db.Set<PaymentRecord>().AsNoTracking().Where(p => p.InvoiceId == invoice.Id).OrderBy(p => p.At).Select(p => p.Status).ToListAsync());
        Assert.Equal([PaymentStatus.Failed, PaymentStatus.Initiated], payments);
        Assert.Equal(OrderStatus.AwaitingPayment, await portal.WithDbAsync(db => db.Set<Order>().Where(o => o.Id == invoice.OrderId).Select(o => o.Status).SingleAsync()));

        // Another customer finds neither the invoice nor the way back from its payment.
        var (other, _) = await People.SignedInCustomerAsync(portal);
        var reference = await portal.WithDbAsync(db => db.Set<PaymentRecord>().Where(p => p.InvoiceId == invoice.Id).Select(p => p.Reference).FirstAsync());
        foreach (var url in new[] { "/profile/invoices/" + invoice.Number, $"/profile/invoices/{invoice.Number}/pdf", "/payments/return/" + reference })
        {
            using var response = await other.Client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    private async Task<(Browserless Customer, string Email, Invoice Invoice)> OrderedAsync()
    {
        var hosting = await OrdersWorld.ProductAsync(portal, ProductKind.Hosting, 8.25m);
        var (customer, email) = await People.SignedInCustomerAsync(portal);
        await customer.SubmitAndFollowAsync(await customer.GetAsync($"/basket/add?product={hosting.Id}"), new Dictionary<string, string> { ["Input.DomainName"] = "betaal-" + Guid.NewGuid().ToString("N")[..8] + ".nl" });
        await customer.SubmitAndFollowAsync(await customer.GetAsync("/basket/checkout"), new Dictionary<string, string>());
        var invoice = await portal.WithDbAsync(db => db.Set<Invoice>().AsNoTracking().SingleAsync(i => i.Email == email));
        return (customer, email, invoice);
    }
}
