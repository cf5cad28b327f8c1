using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using RedIt.Portal.Data;
using RedIt.Portal.Data.Numbers;
using RedIt.Portal.Features.Billing.Issuing;
using RedIt.Portal.Features.Billing.Vat;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Services;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Infrastructure.Localization;
using RedIt.Portal.Infrastructure.Logging;
using RedIt.Portal.Infrastructure.Time;

namespace RedIt.Portal.Features.Billing.Renewals;

// Invoices the renewal of every active service whose renewal date comes within DaysAhead: a
// renewal order awaiting payment, as a placed order is, with one line at the product's price and
// period as they are now, its invoice for the period from the renewal date and the invoice's mail.
// Paying it renews the service (ProvisioningPlan). Each service has a transaction of its own, and
// the renewal row's unique index on (service, date) lets only one instance or run invoice it.
// Free products, such as Let's Encrypt certificates, renew themselves and are not invoiced.
public sealed class ServiceRenewals(
    PortalDbContext db,
    NumberSequences numbers,
    OrderInvoices invoices,
    VatNumberVerifications vatNumbers,
    MailOutbox outbox,
    TimeProvider clock,
    IOptions<RenewalOptions> options,
    IStringLocalizer<SharedResource> text,
    ILogger<ServiceRenewals> logger)
{
    // Returns how many renewals it invoiced.
    public async Task<int> InvoiceDueAsync(CancellationToken cancellationToken = default)
    {
        var invoiced = 0;
        foreach (var serviceId in await DueAsync(cancellationToken))
        {
            try
            {
                if (await InvoiceAsync(serviceId, cancellationToken))
                {
                    invoiced++;
                }
            }
            catch (Exception problem) when (problem is not OperationCanceledException)
            {
                // One service that cannot be invoiced (no address, say) stops none of the others;
                // the next run tries it again. The summary leaves out messages that may quote data.
                logger.LogError("The renewal of service {Service} could not be invoiced: {Exception}", serviceId, ExceptionSummary.Of(problem));
            }
        }

        if (invoiced > 0)
        {
            logger.LogInformation("Invoiced {Count} service renewals", invoiced);
        }

        return invoiced;
    }

    // The services whose renewal is due and not yet invoiced, the soonest first: ids only, so a
    // long list costs little memory.
    public async Task<IReadOnlyList<Guid>> DueAsync(CancellationToken cancellationToken = default) =>
        await Due(Horizon()).OrderBy(s => s.RenewsOn).ThenBy(s => s.Id).Select(s => s.Id).ToListAsync(cancellationToken);

    // Invoices the renewal of one service in a transaction of its own; false when it is not due
    // (any more), or another instance invoiced it first.
    public async Task<bool> InvoiceAsync(Guid serviceId, CancellationToken cancellationToken = default)
    {
        try
        {
            return await TryInvoiceAsync(serviceId, Horizon(), cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private DateTime Horizon() => clock.GetUtcNow().UtcDateTime.AddDays(options.Value.DaysAhead);

    private IQueryable<Service> Due(DateTime horizon)
    {
        var renewals = db.Set<ServiceRenewal>();
        return db.Set<Service>().AsNoTracking()
            .Where(s => s.Status == ServiceStatus.Active && s.EndedAt == null && s.RenewsOn != null && s.RenewsOn <= horizon)
            .Where(s => s.Product.PriceExclVat > 0 && s.Product.PeriodMonths > 0)
            .Where(s => !renewals.Any(r => r.ServiceId == s.Id && r.RenewsOn == s.RenewsOn));
    }

    private async Task<bool> TryInvoiceAsync(Guid serviceId, DateTime horizon, CancellationToken cancellationToken)
    {
        // Read again: it may have ended, or been invoiced by another instance, since the list was made.
        var service = await Due(horizon).Where(s => s.Id == serviceId)
            .Select(s => new { s.Id, s.CustomerId, s.Kind, s.Name, RenewsOn = s.RenewsOn!.Value, s.Product })
            .SingleOrDefaultAsync(cancellationToken);
        if (service is null)
        {
            return false;
        }

        var culture = await db.Users.AsNoTracking().Where(u => u.Id == service.CustomerId).Select(u => u.PreferredCulture).SingleAsync(cancellationToken);
        var product = service.Product;
        var now = clock.GetUtcNow().UtcDateTime;
        var renewsOn = DateOnly.FromDateTime(AmsterdamTime.ToLocal(service.RenewsOn));
        var domain = service.Kind == ProductKind.DomainExtension;
        var order = new Order
        {
            Id = Guid.NewGuid(),
            CustomerId = service.CustomerId,
            Status = OrderStatus.AwaitingPayment,
            PlacedAt = now,
            Culture = culture,
            TotalExclVat = product.PriceExclVat,
        };
        order.Lines.Add(new OrderLine
        {
            Id = Guid.NewGuid(),
            OrderId = order.Id,
            ProductId = product.Id,
            ProductKind = product.Kind,
            Description = Describe(product, service.Name, culture),
            Quantity = 1,
            PeriodMonths = product.PeriodMonths,
            UnitPriceExclVat = product.PriceExclVat,
            TotalExclVat = product.PriceExclVat,
            DomainName = domain ? service.Name : null,
            DomainAction = domain ? DomainAction.Renew : null,
            ServiceId = service.Id,
        });
        // Before the transaction, as at checkout: VIES may take seconds, and when it cannot answer the renewal goes on.
        await vatNumbers.EnsureRecentAsync(service.CustomerId, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var year = now.Year;
        var sequence = await numbers.NextAsync(string.Create(CultureInfo.InvariantCulture, $"order-{year}"), 1, cancellationToken);
        order.Number = string.Create(CultureInfo.InvariantCulture, $"ORD-{year}-{sequence:D6}");
        db.Add(order);
        db.Add(new ServiceRenewal { Id = Guid.NewGuid(), ServiceId = service.Id, RenewsOn = service.RenewsOn, OrderId = order.Id, CreatedAt = now });
        try
        {
            // The renewal row first: an instance that lost the race stops here, before the invoice takes a number.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return false;
        }

        await invoices.IssueRenewalAsync(order, renewsOn, service.Name, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // Only now can the dispatcher see the invoice's mail.
        outbox.Wake();
        return true;
    }

    // "Renewal of Web hosting Basic for example.nl", in the language of the order, kept on it as written.
    private string Describe(Product product, string serviceName, string culture) =>
        InCulture.Run(culture, () => text["Renewal of {0} for {1}", culture.StartsWith("nl", StringComparison.Ordinal) ? product.NameNl : product.NameEn, serviceName].Value);
}
