using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Billing;
using RedIt.Portal.Features.Billing.Renewals;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Services;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Billing.Renewals;

// Clause 2.4: a renewal is invoiced like an order, and the invoice is kept seven years. Each
// active paid service gets one renewal order and invoice, DaysAhead (30) before it renews, for the
// next period from its renewal date, mailed with the PDF and saying why it came; however often or
// however many instances at once the job runs, there is one.
[Trait("Policy", "2.4")]
public sealed class RenewalInvoicingTests(RenewalPortal portal) : IClassFixture<RenewalPortal>
{
    [Fact]
    public async Task A_service_renewing_in_20_days_gets_one_renewal_order_and_invoice_for_the_next_period_mailed_with_its_reason()
    {
        portal.MoveToDay(new DateOnly(2034, 5, 10));
        var customer = await BillingWorld.CustomerAsync(portal);
        var hosting = await portal.ProductAsync(ProductKind.Hosting, 50.00m, 12, "Web hosting Pro", "Webhosting Pro");
        var renewsOn = new DateTime(2034, 5, 30, 14, 25, 0, DateTimeKind.Utc);
        var name = $"bakkerij-{Guid.NewGuid():N}"[..20] + ".nl";
        var service = await portal.ServiceAsync(customer.Id, hosting, name, renewsOn);

        Assert.True(await portal.InvoiceRenewalsAsync() >= 1);

        var order = Assert.Single(await portal.OrdersForAsync(service.Id));
        var line = Assert.Single(order.Lines);
        Assert.Equal((customer.Id, OrderStatus.AwaitingPayment, "nl", 50.00m, portal.Now.Year), (order.CustomerId, order.Status, order.Culture, order.TotalExclVat, order.PlacedAt.Year));
        Assert.StartsWith("ORD-2034-", order.Number, StringComparison.Ordinal);
        Assert.Equal(
            (hosting.Id, ProductKind.Hosting, "Verlenging van Webhosting Pro voor " + name, 1, 12, 50.00m, 50.00m, (string?)null, (DomainAction?)null, (Guid?)service.Id),
            (line.ProductId, line.ProductKind, line.Description, line.Quantity, line.PeriodMonths, line.UnitPriceExclVat, line.TotalExclVat, line.DomainName, line.DomainAction, line.ServiceId));

        var invoice = Assert.Single(await portal.InvoicesForAsync(service.Id));
        var invoiced = Assert.Single(invoice.Lines);
        Assert.Equal((order.Id, InvoiceStatus.Open, InvoiceKind.Invoice), (invoice.OrderId, invoice.Status, invoice.Kind));
        Assert.Equal(((DateOnly?)new DateOnly(2034, 5, 30), (DateOnly?)new DateOnly(2035, 5, 29)), (invoice.PeriodFrom, invoice.PeriodTo));
        Assert.Equal(("Verlenging van Webhosting Pro voor " + name + ", 12 maanden", 1, 50.00m, 0.21m, (Guid?)service.Id), (invoiced.Description, invoiced.Quantity, invoiced.UnitPriceExclVat, invoiced.VatRate, invoiced.ServiceId));
        Assert.Equal((50.00m, 10.50m, 60.50m), (invoice.TotalExclVat, invoice.TotalVat, invoice.Total));
        Assert.Equal(new DateOnly(2034, 5, 24), invoice.DueOn);

        var renewal = await portal.WithDbAsync(db => db.Set<ServiceRenewal>().AsNoTracking().SingleAsync(r => r.ServiceId == service.Id));
        Assert.Equal((renewsOn, order.Id), (renewal.RenewsOn, renewal.OrderId));
        // Nothing about the service changes until the renewal is paid.
        var stored = await portal.StoredServiceAsync(service.Id);
        Assert.Equal((ServiceStatus.Active, (DateTime?)renewsOn), (stored.Status, stored.RenewsOn));

        var mail = await Mailbox.WaitForAsync(customer.User.Email!, "Factuur " + invoice.Number);
        Assert.Equal("Factuur " + invoice.Number + " van RED-IT voor de verlenging van " + name, mail.Subject);
        Assert.Equal(["factuur-" + invoice.Number + ".pdf"], mail.Attachments.Select(a => ((MimeKit.MimePart)a).FileName));
        var body = (mail.TextBody ?? "").ReplaceLineEndings("\n");
        Assert.Contains(name + " wordt verlengd op 30 mei 2034. In de bijlage vind je factuur " + invoice.Number + " van € 60,50 voor de volgende periode, te betalen vóór 24 mei 2034.", body, StringComparison.Ordinal);
        Assert.Contains("Betaal online, of lees hoe je met een overboeking betaalt: https://localhost/profile/invoices/" + invoice.Number, body, StringComparison.Ordinal);
        Assert.Contains("Zodra hij betaald is, verlengen we " + name + " voor je.", body, StringComparison.Ordinal);
        Assert.Contains("Je krijgt deze mail omdat " + name + " op 30 mei 2034 wordt verlengd en we een verlenging vóór die dag factureren.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("besteld", body, StringComparison.Ordinal);
        Assert.Single(Mailbox.All(customer.User.Email!));
    }

    [Fact]
    public async Task Running_the_job_again_and_twice_at_once_still_gives_one_renewal_per_service_and_date()
    {
        portal.MoveToDay(new DateOnly(2035, 2, 1));
        var customer = await BillingWorld.CustomerAsync(portal);
        var mailbox = await portal.ProductAsync(ProductKind.Mailbox, 2.50m, 1, "Mailbox", "Mailbox");
        var rerun = await portal.ServiceAsync(customer.Id, mailbox, $"info@rerun-{Guid.NewGuid():N}"[..24] + ".nl", new DateTime(2035, 2, 20, 9, 0, 0, DateTimeKind.Utc));

        await portal.InvoiceRenewalsAsync();
        await portal.InvoiceRenewalsAsync();
        Assert.Single(await portal.InvoicesForAsync(rerun.Id));

        // Services due now, with two instances at once: each service is invoiced by one of them.
        var parallel = new List<Service>();
        for (var i = 0; i < 5; i++)
        {
            parallel.Add(await portal.ServiceAsync(customer.Id, mailbox, $"info{i}@parallel-{Guid.NewGuid():N}"[..28] + ".nl", new DateTime(2035, 2, 21, 9, i, 0, DateTimeKind.Utc)));
        }

        var counts = await Task.WhenAll(portal.InvoiceRenewalsAsync(), portal.InvoiceRenewalsAsync());
        foreach (var service in parallel.Append(rerun))
        {
            Assert.Single(await portal.OrdersForAsync(service.Id));
            Assert.Single(await portal.InvoicesForAsync(service.Id));
        }

        Assert.Equal(5, await portal.WithDbAsync(db => db.Set<ServiceRenewal>().CountAsync(r => parallel.Select(p => p.Id).Contains(r.ServiceId))));
        Assert.Equal(5, counts.Sum());
        Assert.Equal(6, await portal.WithDbAsync(db => db.Set<Invoice>().CountAsync(i => i.CustomerId == customer.Id)));
        Assert.Equal(6, (await WaitForMailsAsync(customer.User.Email!, 6)).Count);
    }

    [Fact]
    public async Task A_service_renewing_in_60_days_an_ended_or_suspended_service_and_a_free_certificate_get_no_renewal_and_one_that_fails_stops_no_other()
    {
        portal.MoveToDay(new DateOnly(2036, 9, 1));
        var customer = await BillingWorld.CustomerAsync(portal);
        var hosting = await portal.ProductAsync(ProductKind.Hosting, 10m, 12, "Web hosting Basic", "Webhosting Basic");
        var free = await portal.ProductAsync(ProductKind.SslCertificate, 0m, 3, "Let's Encrypt certificate", "Let's Encrypt-certificaat", CertificateValidation.LetsEncrypt);
        var soon = new DateTime(2036, 9, 21, 8, 0, 0, DateTimeKind.Utc);
        var later = await portal.ServiceAsync(customer.Id, hosting, "later.nl", new DateTime(2036, 10, 31, 8, 0, 0, DateTimeKind.Utc));
        var ended = await portal.ServiceAsync(customer.Id, hosting, "ended.nl", soon, ServiceStatus.Ended);
        var suspended = await portal.ServiceAsync(customer.Id, hosting, "suspended.nl", soon, ServiceStatus.Suspended);
        var certificate = await portal.ServiceAsync(customer.Id, free, "www.free.nl", soon);
        var due = await portal.ServiceAsync(customer.Id, hosting, "due.nl", soon);
        // Cannot be invoiced (its customer has no address left), and comes first: the run goes on without it.
        var unaddressed = await BillingWorld.CustomerAsync(portal);
        await portal.WithDbAsync(db => db.CustomerAddresses.Where(a => a.CustomerId == unaddressed.Id).ExecuteDeleteAsync());
        var failing = await portal.ServiceAsync(unaddressed.Id, hosting, "no-address.nl", soon.AddHours(-1));

        await portal.InvoiceRenewalsAsync();

        Assert.Single(await portal.InvoicesForAsync(due.Id));
        Assert.Empty(await portal.OrdersForAsync(failing.Id));
        Assert.False(await portal.WithDbAsync(db => db.Set<ServiceRenewal>().AnyAsync(r => r.ServiceId == failing.Id)));
        foreach (var none in new[] { later, ended, suspended, certificate })
        {
            Assert.Empty(await portal.OrdersForAsync(none.Id));
            Assert.Empty(await portal.InvoicesForAsync(none.Id));
        }

        Assert.Equal(1, await portal.WithDbAsync(db => db.Set<ServiceRenewal>().CountAsync(r => r.Order.CustomerId == customer.Id)));

        // Forty days on, the one that renews in 60 days is due too, and only it.
        portal.MoveToDay(new DateOnly(2036, 10, 11));
        await portal.InvoiceRenewalsAsync();
        Assert.Single(await portal.InvoicesForAsync(later.Id));
        Assert.Single(await portal.InvoicesForAsync(due.Id));
        Assert.Empty(await portal.InvoicesForAsync(ended.Id));
    }

    private static async Task<IReadOnlyList<MimeKit.MimeMessage>> WaitForMailsAsync(string email, int count)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (Mailbox.All(email).Count < count && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
        }

        return Mailbox.All(email);
    }
}
