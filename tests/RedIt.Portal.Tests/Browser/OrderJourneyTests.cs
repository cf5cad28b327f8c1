using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MimeKit;
using RedIt.Portal.Features.Billing;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Orders;
using Xunit.Sdk;
using static Microsoft.Playwright.Assertions;

namespace RedIt.Portal.Tests.Browser;

// A customer finds a free domain, orders it with a DV certificate, gets the invoice by mail with
// its PDF, downloads the same PDF from "My invoices" and pays it on the payment provider's page
// (2.4); the portal keeps only what the provider reported about the payment (1.1). Both services
// are then delivered, and the customer sees them, what each sent to whom, and the same
// disclosures in the data they download (2.3).
[Trait("Policy", "2.3")]
[Trait("Policy", "2.4")]
[Trait("Policy", "1.1")]
public sealed class OrderJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_customer_orders_a_domain_with_a_certificate_pays_the_mailed_invoice_online_and_finds_both_services_and_their_disclosures_in_the_download()
    {
        var extension = await OrdersWorld.DomainExtensionAsync(browser.Portal, 7.95m);
        var certificate = await CertificateProductAsync();
        var domain = $"journey-{Guid.NewGuid():N}"[..20] + "." + extension.Tld;
        var email = People.NewEmail("order-browser");
        var customer = await browser.NewPageAsync();
        try
        {
            await Journeys.SignUpConfirmAndSignInAsync(customer, email, "Olga", "Besteller");
            await FindAndAddTheDomainAsync(customer, domain);
            await AddTheCertificateAsync(customer, certificate, domain);
            var number = await CheckOutAsync(customer, domain);
            var order = await browser.Portal.WithDbAsync(db => db.Set<Order>().AsNoTracking().SingleAsync(o => o.Number == number));
            var invoice = await browser.Portal.WithDbAsync(db => db.Set<Invoice>().AsNoTracking().SingleAsync(i => i.OrderId == order.Id));

            var mail = await Mailbox.WaitForAsync(email, $"Invoice {invoice.Number} from RED-IT");
            var attachment = Assert.Single(mail.Attachments.OfType<MimePart>());
            Assert.Equal("application/pdf", attachment.ContentType.MimeType);
            Assert.Contains(invoice.Number, attachment.FileName, StringComparison.Ordinal);
            Assert.Contains("/profile/invoices/" + invoice.Number, mail.TextBody, StringComparison.Ordinal);

            await OpenMyInvoicesAndDownloadThePdfAsync(customer, invoice.Number);
            await PayOnTheProvidersPageAsync(customer, invoice.Number);
            var payment = Assert.Single(await browser.Portal.WithDbAsync(db => db.Set<PaymentRecord>().AsNoTracking().Where(p => p.InvoiceId == invoice.Id).ToListAsync()));
            Assert.Equal(("Test", "Test", (string?)null, invoice.Total, PaymentStatus.Completed), (payment.Provider, payment.Method, payment.MaskedReference, payment.Amount, payment.Status));
            Assert.Equal(InvoiceStatus.Paid, await browser.Portal.WithDbAsync(db => db.Set<Invoice>().Where(i => i.Id == invoice.Id).Select(i => i.Status).SingleAsync()));
            Assert.Equal(OrderStatus.Completed, await OrdersWorld.DeliveredAsync(browser.Portal, order.Id));

            await SeeBothServicesAndWhatWasSentAsync(customer, domain, extension, certificate);
            var data = await DownloadMyDataAsync(customer);
            Assert.Contains("Openprovider", data, StringComparison.Ordinal);
            Assert.Contains("Xolphin", data, StringComparison.Ordinal);
            Assert.Contains(number, data, StringComparison.Ordinal);
        }
        catch (Exception failure)
        {
            throw new XunitException($"{await Journeys.ScreenshotNoteAsync(customer, "order-journey")}{Environment.NewLine}{failure.Message}", failure);
        }
        finally
        {
            await customer.Context.CloseAsync();
        }
    }

    private static async Task FindAndAddTheDomainAsync(IPage page, string domain)
    {
        await page.GotoAsync("/domains");
        await page.GetByLabel("Domain name").FillAsync(domain);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var offer = page.Locator($"tr[data-domain='{domain}']");
        await Expect(offer).ToContainTextAsync("Free");
        await offer.GetByRole(AriaRole.Button, new() { Name = $"Add {domain} to the basket" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(domain);
    }

    private static async Task AddTheCertificateAsync(IPage page, Product certificate, string domain)
    {
        await page.GotoAsync("/products");
        await page.Locator($"tr[data-product='{certificate.Code}']").GetByRole(AriaRole.Link, new() { Name = "Add to basket" }).ClickAsync();
        await page.GetByLabel("Domain name").FillAsync(domain);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to basket" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(certificate.NameEn);
    }

    // The registrant is filled in from the customer's own details; the order number is in the heading.
    private static async Task<string> CheckOutAsync(IPage page, string domain)
    {
        await page.GotoAsync("/basket");
        await page.GetByRole(AriaRole.Link, new() { Name = "Check out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Registrant of the domain names" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Last name")).ToHaveValueAsync("Besteller");
        await page.GetByRole(AriaRole.Button, new() { Name = "Order with obligation to pay" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Thank you: your order is placed.");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(domain);
        var heading = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync();
        return heading!.Replace("Order ", "", StringComparison.Ordinal).Trim();
    }

    // The invoice is the only one the new customer has; the PDF is the one the mail brought.
    private static async Task OpenMyInvoicesAndDownloadThePdfAsync(IPage page, string invoiceNumber)
    {
        await page.GotoAsync("/profile");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "My invoices", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My invoices" })).ToBeVisibleAsync();
        var row = page.Locator("table.my-invoices tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToHaveAttributeAsync("data-invoice", invoiceNumber);
        await Expect(row.Locator(".invoice-status")).ToHaveTextAsync("Open");

        var download = await page.RunAndWaitForDownloadAsync(() => row.GetByRole(AriaRole.Link, new() { Name = "PDF " + invoiceNumber }).ClickAsync());
        Assert.Contains(invoiceNumber, download.SuggestedFilename, StringComparison.Ordinal);
        var pdf = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
    }

    // The test provider's page stands where MultiSafepay's would; it sends the customer back to the invoice.
    private static async Task PayOnTheProvidersPageAsync(IPage page, string invoiceNumber)
    {
        await page.Locator($"tr[data-invoice='{invoiceNumber}']").GetByRole(AriaRole.Button, new() { Name = "Pay " + invoiceNumber }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/payments/test/[^/]+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Test payment" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Pay", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/profile/invoices/{invoiceNumber}$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Thank you, your payment was received.");
        await Expect(page.Locator(".invoice-status")).ToHaveTextAsync("Paid");
    }

    private static async Task SeeBothServicesAndWhatWasSentAsync(IPage page, string domain, Product extension, Product certificate)
    {
        await page.GotoAsync("/profile");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "My services", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My services" })).ToBeVisibleAsync();
        var rows = page.Locator($"tr[data-service='{domain}']");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Filter(new() { HasText = extension.NameEn })).ToContainTextAsync("Active");
        await Expect(rows.Filter(new() { HasText = certificate.NameEn })).ToContainTextAsync("Active");

        await ExpectSentToAsync(page, rows.Filter(new() { HasText = extension.NameEn }), "Openprovider");
        await page.GoBackAsync();
        await ExpectSentToAsync(page, rows.Filter(new() { HasText = certificate.NameEn }), "Xolphin");
    }

    private static async Task ExpectSentToAsync(IPage page, ILocator row, string recipient)
    {
        await row.GetByRole(AriaRole.Link).ClickAsync();
        var sent = page.Locator("table.sent-to-suppliers");
        await Expect(sent).ToContainTextAsync(recipient);
        await Expect(sent).ToContainTextAsync("e-mail address");
    }

    // The ZIP the customer gets; its data.html is the page they read.
    private static async Task<string> DownloadMyDataAsync(IPage page)
    {
        await page.GotoAsync("/profile");
        await page.GetByRole(AriaRole.Link, new() { Name = "Download my data" }).ClickAsync();
        await page.GetByLabel("Your password").FillAsync(People.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Prepare my download" }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download ZIP file" }).ClickAsync());
        await using var zip = await ZipFile.OpenReadAsync(await download.PathAsync());
        using var reader = new StreamReader(zip.GetEntry("data.html")!.Open());
        return await reader.ReadToEndAsync();
    }

    private async Task<Product> CertificateProductAsync()
    {
        var product = await OrdersWorld.ProductAsync(browser.Portal, ProductKind.SslCertificate, 29m);
        await browser.Portal.WithDbAsync(db => db.Set<Product>().Where(p => p.Id == product.Id)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.Validation, CertificateValidation.DomainValidated).SetProperty(x => x.PeriodMonths, 12)));
        return product;
    }
}
