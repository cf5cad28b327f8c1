using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Data;
using RedIt.Portal.Data.Numbers;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Billing;
using RedIt.Portal.Features.Billing.Issuing;
using RedIt.Portal.Features.Billing.Vat;
using RedIt.Portal.Features.Billing.Vat.Vies;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Billing;

internal static class BillingWorld
{
    // A customer of one test's own, stored as sign-up stores one, with its number from the real series.
    public static Task<Customer> CustomerAsync(PortalFactory portal, CustomerKind kind = CustomerKind.Private, string country = "NL", string? vatNumber = null, string? company = null) =>
        portal.WithDbAsync(async db =>
        {
            var email = People.NewEmail("billed");
            var user = new PortalUser { Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, FirstName = "Femke", LastName = "de Boer", CreatedAt = DateTime.UtcNow, PreferredCulture = "nl" };
            await using var transaction = await db.Database.BeginTransactionAsync();
            var customer = new Customer
            {
                Id = user.Id,
                User = user,
                Number = await CustomerNumbers.NextAsync(new NumberSequences(db)),
                Kind = kind,
                CompanyName = company ?? (kind == CustomerKind.Business ? "Tulpen Handel" : null),
                VatNumber = vatNumber,
                CreatedAt = DateTime.UtcNow,
                Addresses = [new CustomerAddress { Id = Guid.NewGuid(), Kind = AddressKind.Postal, Street = "Lindengracht", HouseNumber = "12", PostalCode = country == "NL" ? "1015 KH" : "10115", City = country == "NL" ? "Amsterdam" : "Berlin", CountryCode = country }],
            };
            db.Add(customer);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return customer;
        });

    // Issues an invoice the way every caller does: inside a transaction that stores it.
    public static async Task<Invoice> IssueAsync(PortalFactory portal, Guid customerId, params (string Description, int Quantity, decimal Price)[] lines)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var invoice = await scope.ServiceProvider.GetRequiredService<InvoiceIssuer>().IssueAsync(
            new InvoiceRequest(customerId, "nl", lines.Select(l => new InvoiceRequestLine(l.Description, l.Quantity, l.Price)).ToList()));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return invoice;
    }

    public static async Task<Invoice?> CreditAsync(PortalFactory portal, Guid invoiceId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var credit = await scope.ServiceProvider.GetRequiredService<InvoiceIssuer>().CreditAsync(invoiceId, staffId: null);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return credit;
    }

    public static Task ConfirmVatNumberAsync(PortalFactory portal, Guid customerId, string country, string vatNumber, string consultation, DateTime checkedAt) =>
        portal.WithDbAsync(db =>
        {
            db.Add(new VatNumberVerification
            {
                Id = Guid.NewGuid(), CustomerId = customerId, CountryCode = country, VatNumber = ViesVatNumber.Parse(country, vatNumber).Number,
                Status = VatNumberVerificationStatus.Valid, ConsultationNumber = consultation, RequestedAt = checkedAt, CheckedAt = checkedAt, NextAttemptAt = checkedAt,
            });
            return db.SaveChangesAsync();
        });

    public static Task<Invoice> StoredAsync(PortalFactory portal, Guid invoiceId) =>
        portal.WithDbAsync(db => db.Set<Invoice>().AsNoTracking().Include(i => i.Lines).SingleAsync(i => i.Id == invoiceId));
}
