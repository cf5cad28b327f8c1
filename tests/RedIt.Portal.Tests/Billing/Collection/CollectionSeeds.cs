using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Billing;
using RedIt.Portal.Features.Billing.Collection;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Billing.Collection;

// Volumes for the list pages' query budgets: customers, each with two invoices past their last
// term (with every reminder) for the ready list, or with a claim of two invoices for the claims.
internal static class CollectionSeeds
{
    public static async Task ReadyAsync(PortalDbContext db, DateTime now, int count)
    {
        foreach (var (customer, i) in await CustomersAsync(db, now, count))
        {
            for (var n = 0; n < 2; n++)
            {
                var invoice = Invoice(customer, now, i, n);
                db.Add(invoice);
                var business = customer.Kind == CustomerKind.Business;
                db.AddRange(
                    Sent(invoice, InvoiceCommunicationKind.Reminder1, now.AddDays(-40), null),
                    Sent(invoice, InvoiceCommunicationKind.Reminder2, now.AddDays(-26), business ? DateOnly.FromDateTime(now).AddDays(-12) : null));
                if (!business)
                {
                    db.Add(Sent(invoice, InvoiceCommunicationKind.FourteenDayLetter, now.AddDays(-19), DateOnly.FromDateTime(now).AddDays(-5)));
                }
            }
        }
    }

    public static async Task ClaimsAsync(PortalDbContext db, Guid staffId, DateTime now, int count)
    {
        foreach (var (customer, i) in await CustomersAsync(db, now, count))
        {
            var invoices = Enumerable.Range(0, 2).Select(n => Invoice(customer, now, i, n)).ToList();
            db.AddRange(invoices);
            db.Add(new CollectionClaim
            {
                Id = Guid.NewGuid(), CustomerId = customer.Id, Reference = "RIT-" + invoices[0].Number, State = (CollectionClaimState)(i % 3),
                HandedOverAt = now.AddMinutes(-i), HandedOverById = i % 2 == 0 ? staffId : null, StateChangedAt = now, CollectorReference = $"DAS-{i}",
                Payload = "{}", Invoices = [.. invoices.Select(v => new CollectionClaimInvoice { InvoiceId = v.Id })],
            });
        }
    }

    private static async Task<List<(Customer Customer, int Index)>> CustomersAsync(PortalDbContext db, DateTime now, int count)
    {
        var last = await db.Customers.MaxAsync(c => (int?)c.Number) ?? CustomerNumbers.First;
        var customers = new List<(Customer, int)>();
        for (var i = 1; i <= count; i++)
        {
            var email = People.NewEmail("overdue");
            var user = new PortalUser { Id = Guid.NewGuid(), UserName = email, Email = email, FirstName = $"First{i}", LastName = $"Last{i}", CreatedAt = now };
            var customer = new Customer
            {
                Id = user.Id, User = user, Number = last + i, Kind = i % 3 == 0 ? CustomerKind.Business : CustomerKind.Private,
                CompanyName = i % 3 == 0 ? $"Company {i}" : null, CreatedAt = now,
            };
            db.Add(customer);
            customers.Add((customer, last + i));
        }

        return customers;
    }

    // Numbered in a year no real invoice has, so these meet no number the portal hands out.
    private static Invoice Invoice(Customer customer, DateTime now, int index, int n) => new()
    {
        Id = Guid.NewGuid(), CustomerId = customer.Id, Number = $"1996-{index:D6}{n}", IssuedOn = now.AddDays(-61), DueOn = DateOnly.FromDateTime(now).AddDays(-47),
        Status = InvoiceStatus.Open, Culture = "nl", TotalExclVat = 100m, TotalVat = 21m, Total = 121m,
        BillingName = customer.CompanyName ?? customer.User.FirstName + " " + customer.User.LastName, BillingStreet = "Damrak", BillingHouseNumber = "1", BillingPostalCode = "1012 LG", BillingCity = "Amsterdam",
    };

    private static InvoiceCommunication Sent(Invoice invoice, InvoiceCommunicationKind kind, DateTime at, DateOnly? lastDay) => new()
    {
        Id = Guid.NewGuid(), InvoiceId = invoice.Id, Kind = kind, SentAt = at, Culture = "nl", Subject = kind.ToString(), Text = "Beste klant,",
        LastDayToPay = lastDay, CollectionCosts = lastDay is null ? null : 40m,
    };
}
