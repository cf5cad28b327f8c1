using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Billing;
using RedIt.Portal.Features.Billing.Issuing;
using RedIt.Portal.Features.Billing.Payments;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Infrastructure.Time;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Billing.Finance;

internal static class FinanceWorld
{
    public static DateOnly Today => DateOnly.FromDateTime(AmsterdamTime.ToLocal(DateTime.UtcNow));

    public static int Year => Today.Year;

    // A word no other test's customer has, to find one test's invoices by name.
    public static string Tag() => "t" + Guid.NewGuid().ToString("N")[..10];

    // A private customer called first and last, or a business under its company name.
    public static async Task<Customer> CustomerAsync(
        PortalFactory portal, string? lastName = null, string? company = null, string country = "NL", string? vatNumber = null, string culture = "nl")
    {
        var customer = await BillingWorld.CustomerAsync(portal, company is null ? CustomerKind.Private : CustomerKind.Business, country, vatNumber, company);
        await portal.WithDbAsync(db => db.Users.Where(u => u.Id == customer.Id).ExecuteUpdateAsync(u => u
            .SetProperty(x => x.FirstName, "Anna")
            .SetProperty(x => x.LastName, lastName ?? "de Boer")
            .SetProperty(x => x.PreferredCulture, culture)));
        return customer;
    }

    // Issued as the shop issues one, for the order that waits for it.
    public static async Task<(Invoice Invoice, Order Order)> IssueForOrderAsync(PortalFactory portal, Guid customerId)
    {
        var order = new Order
        {
            // A year no real order has, so it meets no number the portal hands out.
            Id = Guid.NewGuid(), Number = $"ORD-1998-{Guid.NewGuid():N}"[..20], CustomerId = customerId, PlacedAt = DateTime.UtcNow,
            Status = OrderStatus.AwaitingPayment, TotalExclVat = 40m,
        };
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Add(order);
        var invoice = await scope.ServiceProvider.GetRequiredService<InvoiceIssuer>().IssueAsync(
            new InvoiceRequest(customerId, "nl", [new InvoiceRequestLine("Rack unit, 1 month", 1, 40m)], OrderId: order.Id));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return (invoice, order);
    }

    public static Task DueOnAsync(PortalFactory portal, Guid invoiceId, DateOnly dueOn) =>
        portal.WithDbAsync(db => db.Set<Invoice>().Where(i => i.Id == invoiceId).ExecuteUpdateAsync(i => i.SetProperty(x => x.DueOn, dueOn)));

    // Paid through MultiSafepay, as its notification records it.
    public static Task PaidAsync(PortalFactory portal, Invoice invoice, DateTime paidAt) =>
        portal.WithDbAsync(async db =>
        {
            await db.Set<Invoice>().Where(i => i.Id == invoice.Id)
                .ExecuteUpdateAsync(i => i.SetProperty(x => x.Status, InvoiceStatus.Paid).SetProperty(x => x.PaidAt, paidAt));
            db.Add(new PaymentRecord
            {
                Id = Guid.NewGuid(), InvoiceId = invoice.Id, Reference = PaymentReferences.New(invoice.Number), Provider = "MultiSafepay", Method = "iDEAL", MaskedReference = "NL** **** **** **** 1234",
                Amount = invoice.Total, Status = PaymentStatus.Completed, At = paidAt,
            });
            return await db.SaveChangesAsync();
        });

    public static Task<Guid> UserIdAsync(PortalFactory portal, string email) =>
        portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    // The numbers of the invoices in the list, in the order shown.
    public static async Task<List<string>> NumbersAsync(Browserless browser, string url)
    {
        var page = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Document.QuerySelectorAll("table.staff-invoices tbody tr").Select(r => r.GetAttribute("data-invoice")!).ToList();
    }

    // Invoices of every kind and state for one new customer, each with two lines and a payment, so
    // a list that read them per row would show. Numbered outside any series the portal hands out.
    // Added to the context; the caller saves.
    public static async Task AddInvoicesAsync(PortalDbContext db, DateTime now, int count)
    {
        var email = People.NewEmail("invoiced");
        var user = new PortalUser { Id = Guid.NewGuid(), UserName = email, Email = email, FirstName = "Bram", LastName = "Budget", CreatedAt = now };
        db.Add(new Customer
        {
            Id = user.Id, User = user, Number = (await db.Customers.MaxAsync(c => (int?)c.Number) ?? CustomerNumbers.First) + 1, Kind = CustomerKind.Private, CreatedAt = now,
            Addresses = [new CustomerAddress { Id = Guid.NewGuid(), Kind = AddressKind.Postal, Street = "Damrak", HouseNumber = "1", PostalCode = "1012 LG", City = "Amsterdam" }],
        });
        for (var i = 0; i < count; i++)
        {
            var issuedOn = now.AddMinutes(-i);
            var invoice = new Invoice
            {
                Id = Guid.NewGuid(), CustomerId = user.Id, Kind = i % 5 == 4 ? InvoiceKind.CreditNote : InvoiceKind.Invoice, Number = $"Q{Guid.NewGuid():N}"[..20],
                IssuedOn = issuedOn, DueOn = DateOnly.FromDateTime(issuedOn).AddDays(i % 2 == 0 ? -3 : 14), Status = (InvoiceStatus)(i % 3),
                BillingName = "Bram Budget", BillingStreet = "Damrak", BillingHouseNumber = "1", BillingPostalCode = "1012 LG", BillingCity = "Amsterdam",
                TotalExclVat = 20m, TotalVat = 4.20m, Total = 24.20m,
            };
            for (var l = 1; l <= 2; l++)
            {
                invoice.Lines.Add(new InvoiceLine
                {
                    Id = Guid.NewGuid(), InvoiceId = invoice.Id, Position = l, Description = $"Service line {l}", Quantity = 1, UnitPriceExclVat = 10m, TotalExclVat = 10m,
                    VatRate = 0.21m, IssuedOn = issuedOn,
                });
            }

            invoice.Payments.Add(new PaymentRecord { Id = Guid.NewGuid(), InvoiceId = invoice.Id, Reference = PaymentReferences.New(invoice.Number), Provider = "MultiSafepay", Method = "iDEAL", Amount = 24.20m, Status = PaymentStatus.Completed, At = issuedOn });
            db.Add(invoice);
        }
    }
}
