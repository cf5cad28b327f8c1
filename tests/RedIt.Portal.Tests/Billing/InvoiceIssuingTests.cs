using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Billing;
using RedIt.Portal.Features.Billing.Issuing;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Infrastructure.Time;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Orders;

namespace RedIt.Portal.Tests.Billing;

// Invoices as Dutch law wants them (2.4): numbered without gaps per year, with the billing address
// as it was, VAT per rate, and never changed afterwards: a correction is a credit note.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.4")]
public sealed class InvoiceIssuingTests(PortalFactory portal)
{
    private static int Year => DateOnly.FromDateTime(AmsterdamTime.ToLocal(DateTime.UtcNow)).Year;

    [Fact]
    public async Task A_placed_order_is_invoiced_at_once_with_its_lines_the_VAT_and_a_due_date_fourteen_days_on()
    {
        var hosting = await OrdersWorld.ProductAsync(portal, ProductKind.Hosting, 4.95m);
        var colocation = await OrdersWorld.ProductAsync(portal, ProductKind.Colocation, 49m);
        var (customer, email) = await People.SignedInCustomerAsync(portal);
        var personId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        await customer.SubmitAndFollowAsync(await customer.GetAsync($"/basket/add?product={hosting.Id}"), new Dictionary<string, string> { ["Input.DomainName"] = "bakkerij.nl", ["Input.Quantity"] = "2" });
        await customer.SubmitAndFollowAsync(await customer.GetAsync($"/basket/add?product={colocation.Id}"), new Dictionary<string, string>());
        await customer.SubmitAndFollowAsync(await customer.GetAsync("/basket/checkout"), new Dictionary<string, string>());

        var order = await portal.WithDbAsync(db => db.Set<Order>().AsNoTracking().SingleAsync(o => o.CustomerId == personId));
        var invoice = await portal.WithDbAsync(db => db.Set<Invoice>().AsNoTracking().Include(i => i.Lines).SingleAsync(i => i.CustomerId == personId));
        Assert.Matches($"^{Year}-\\d{{6}}$", invoice.Number);
        Assert.Equal((InvoiceKind.Invoice, InvoiceStatus.Open, order.Id, VatTreatment.DutchVat), (invoice.Kind, invoice.Status, invoice.OrderId, invoice.VatTreatment));
        // 58.90 at 21 % is 12.369: rounded to the cent, half away from zero.
        Assert.Equal((58.90m, 12.37m, 71.27m), (invoice.TotalExclVat, invoice.TotalVat, invoice.Total));
        var today = DateOnly.FromDateTime(AmsterdamTime.ToLocal(invoice.IssuedOn));
        Assert.Equal(today.AddDays(14), invoice.DueOn);
        Assert.Equal((today, today.AddMonths(1).AddDays(-1)), (invoice.PeriodFrom!.Value, invoice.PeriodTo!.Value));
        Assert.Equal(("Jan Jansen", "Damrak", "1", "Amsterdam", "NL", email), (invoice.BillingName, invoice.BillingStreet, invoice.BillingHouseNumber, invoice.BillingCity, invoice.BillingCountryCode, invoice.Email));
        Assert.Equal(2, invoice.Lines.Count);
        var line = invoice.Lines.Single(l => l.Description.Contains("bakkerij.nl", StringComparison.Ordinal));
        Assert.Equal((2, 4.95m, 9.90m, 0.21m), (line.Quantity, line.UnitPriceExclVat, line.TotalExclVat, line.VatRate));
        Assert.EndsWith(", 1 month", line.Description, StringComparison.Ordinal);

        // The customer moves; the invoice keeps the address it was sent to.
        await portal.WithDbAsync(db => db.CustomerAddresses.Where(a => a.CustomerId == personId).ExecuteUpdateAsync(a => a.SetProperty(x => x.Street, "Rokin")));
        Assert.Equal("Damrak", (await BillingWorld.StoredAsync(portal, invoice.Id)).BillingStreet);
    }

    [Fact]
    public async Task Each_customer_is_charged_the_VAT_the_law_gives_them()
    {
        var now = DateTime.UtcNow;
        var dutchBusiness = await BillingWorld.CustomerAsync(portal, CustomerKind.Business, "NL", "NL859123456B01");
        var germanConsumer = await BillingWorld.CustomerAsync(portal, CustomerKind.Private, "DE");
        var germanConfirmed = await BillingWorld.CustomerAsync(portal, CustomerKind.Business, "DE", "DE 123 456 789");
        await BillingWorld.ConfirmVatNumberAsync(portal, germanConfirmed.Id, "DE", "DE123456789", "WAPIAAAAZ1a2b3c4", now.AddDays(-2));
        var germanUnconfirmed = await BillingWorld.CustomerAsync(portal, CustomerKind.Business, "DE", "DE987654321");
        var germanStale = await BillingWorld.CustomerAsync(portal, CustomerKind.Business, "DE", "DE111222333");
        await BillingWorld.ConfirmVatNumberAsync(portal, germanStale.Id, "DE", "DE111222333", "WAPIAAAAZ9z8y7x6", now.AddDays(-31));
        var swiss = await BillingWorld.CustomerAsync(portal, CustomerKind.Business, "CH", "CHE-123.456.789");

        async Task<Invoice> Issued(Customer customer) => await BillingWorld.IssueAsync(portal, customer.Id, ("Web hosting Pro", 1, 100m));

        var dutch = await Issued(dutchBusiness);
        Assert.Equal((VatTreatment.DutchVat, 21m, 121m, "NL859123456B01", "Tulpen Handel"), (dutch.VatTreatment, dutch.TotalVat, dutch.Total, dutch.BuyerVatNumber, dutch.BillingName));
        Assert.Equal((VatTreatment.DutchVat, 21m), ((await Issued(germanConsumer)).VatTreatment, (await BillingWorld.StoredAsync(portal, (await Issued(germanConsumer)).Id)).TotalVat));

        var reverse = await BillingWorld.StoredAsync(portal, (await Issued(germanConfirmed)).Id);
        Assert.Equal((VatTreatment.ReverseCharge, 0m, 100m, "DE 123 456 789", "WAPIAAAAZ1a2b3c4"), (reverse.VatTreatment, reverse.TotalVat, reverse.Total, reverse.BuyerVatNumber, reverse.VatConsultationNumber));
        Assert.Equal(0m, Assert.Single(reverse.Lines).VatRate);

        // Not confirmed by VIES, or confirmed too long ago: Dutch VAT, never a guess that leaves it out.
        foreach (var unconfirmed in new[] { germanUnconfirmed, germanStale })
        {
            var charged = await Issued(unconfirmed);
            Assert.Equal((VatTreatment.DutchVat, 21m, null), (charged.VatTreatment, charged.TotalVat, charged.VatConsultationNumber));
        }

        var outside = await Issued(swiss);
        Assert.Equal((VatTreatment.OutsideEu, 0m, 100m), (outside.VatTreatment, outside.TotalVat, outside.Total));
    }

    [Fact]
    public async Task A_credit_note_reverses_an_invoice_once_in_its_own_series_and_cancels_the_order_still_waiting_for_it()
    {
        var customer = await BillingWorld.CustomerAsync(portal);
        var invoice = await BillingWorld.IssueAsync(portal, customer.Id, ("Rack unit", 2, 49.99m), ("Remote hands, 1 hour", 1, 75m));
        Assert.Equal((174.98m, 36.75m, 211.73m), (invoice.TotalExclVat, invoice.TotalVat, invoice.Total));

        var credit = await BillingWorld.CreditAsync(portal, invoice.Id);
        var again = await BillingWorld.CreditAsync(portal, invoice.Id);

        Assert.NotNull(credit);
        Assert.Null(again);
        Assert.Matches($"^C{Year}-\\d{{6}}$", credit.Number);
        var stored = await BillingWorld.StoredAsync(portal, credit.Id);
        Assert.Equal((InvoiceKind.CreditNote, invoice.Id, -174.98m, -36.75m, -211.73m), (stored.Kind, stored.CreditsInvoiceId, stored.TotalExclVat, stored.TotalVat, stored.Total));
        Assert.Equal([-99.98m, -75m], stored.Lines.OrderBy(l => l.Position).Select(l => l.TotalExclVat));
        Assert.Equal(InvoiceStatus.Credited, (await BillingWorld.StoredAsync(portal, invoice.Id)).Status);
        Assert.Equal(1, await portal.WithDbAsync(db => db.Set<Invoice>().CountAsync(i => i.CreditsInvoiceId == invoice.Id)));
        // The invoice as issued is unchanged but for its status.
        var original = await BillingWorld.StoredAsync(portal, invoice.Id);
        Assert.Equal((invoice.Number, 211.73m, 2), (original.Number, original.Total, original.Lines.Count));
    }

    [Fact]
    public async Task Invoices_issued_at_the_same_moment_get_numbers_without_a_gap_or_a_double_and_a_rollback_gives_its_number_back()
    {
        var customer = await BillingWorld.CustomerAsync(portal);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<InvoiceIssuer>().IssueAsync(new InvoiceRequest(customer.Id, "nl", [new InvoiceRequestLine("Withdrawn", 1, 1m)]));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        var issued = await Task.WhenAll(Enumerable.Range(1, 16).Select(i => Task.Run(() => BillingWorld.IssueAsync(portal, customer.Id, ($"Service line {i}", 1, i)))));

        Assert.Equal(16, issued.Select(i => i.Number).Distinct(StringComparer.Ordinal).Count());
        var numbers = await portal.WithDbAsync(db => db.Set<Invoice>().Where(i => i.Kind == InvoiceKind.Invoice && i.Number.StartsWith(Year + "-")).Select(i => i.Number).ToListAsync());
        var sequence = numbers.Select(n => int.Parse(n[5..], CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(1, sequence.Count), sequence);
    }
}
