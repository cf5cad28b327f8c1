using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Data;
using RedIt.Portal.Data.Numbers;
using RedIt.Portal.Features.Billing.Issuing;
using RedIt.Portal.Features.Billing.Vat;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Infrastructure.Localization;

namespace RedIt.Portal.Features.Orders.Checkout;

// Turns a customer's basket into an order awaiting payment, in one transaction: the order number,
// the lines with their prices as they are now, the emptied basket and the confirmation mail all
// happen, or none of them does. So does its invoice, which is what the customer pays.
public sealed class OrderPlacement(PortalDbContext db, DomainRegistrants registrants, NumberSequences numbers, OrderMails mails, OrderInvoices invoices, VatNumberVerifications vatNumbers, MailOutbox outbox, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    // The registrant is given when the basket holds a domain registration or transfer or a DV or OV
    // certificate (checked by the caller with DomainRegistrants.NeedAsync).
    public async Task<PlacementResult> PlaceAsync(Guid customerId, RegistrantInput? registrant = null, bool keepGender = false, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == customerId, cancellationToken);
        var items = await db.Set<BasketItem>().AsNoTracking()
            .Where(i => i.CustomerId == customerId)
            .OrderBy(i => i.AddedAt).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.Quantity, i.DomainName, i.DomainAction, i.ProtectedAuthCode, i.Product })
            .ToListAsync(cancellationToken);
        if (items.Count == 0)
        {
            return PlacementResult.Refused(text["Your basket is empty."].Value);
        }

        // A product withdrawn, or moved to quotation only, since it went in the basket is not sold.
        // A domain comes from the domain search, which checked it with the supplier.
        if (items.FirstOrDefault(i => !(i.Product.GoesInBasket() || (i.DomainAction is not null && i.Product.Kind == ProductKind.DomainExtension && i.Product.Active))) is { } gone)
        {
            return PlacementResult.Refused(text["{0} is no longer offered. Remove it from your basket to place the order.", NameIn(gone.Product, CultureInfo.CurrentUICulture.Name)].Value);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var registers = items.Any(i => DomainRegistrants.NeedsHolder(i.Product.Kind, i.Product.Validation, i.DomainAction));
        if (registers && registrant is null)
        {
            return PlacementResult.Refused(text["Please fill in who the domain names are registered for."].Value);
        }

        var order = new Order
        {
            Id = Guid.NewGuid(),
            CustomerId = customerId,
            Status = OrderStatus.AwaitingPayment,
            PlacedAt = now,
            Culture = user.PreferredCulture,
        };
        foreach (var item in items)
        {
            order.Lines.Add(new OrderLine
            {
                Id = Guid.NewGuid(),
                OrderId = order.Id,
                ProductId = item.Product.Id,
                ProductKind = item.Product.Kind,
                Description = Describe(item.Product, item.DomainName, item.DomainAction, order.Culture),
                Quantity = item.Quantity,
                PeriodMonths = item.Product.PeriodMonths,
                UnitPriceExclVat = item.Product.PriceExclVat,
                TotalExclVat = item.Product.PriceExclVat * item.Quantity,
                DomainName = item.DomainName,
                DomainAction = item.DomainAction,
                ProtectedAuthCode = item.ProtectedAuthCode,
            });
        }

        order.TotalExclVat = order.Lines.Sum(l => l.TotalExclVat);
        var products = items.Select(i => i.Product).DistinctBy(p => p.Id).ToDictionary(p => p.Id);
        // Before the transaction: VIES may take seconds, and when it cannot answer the order goes on.
        await vatNumbers.EnsureRecentAsync(customerId, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (registers)
        {
            var contact = await registrants.ContactForAsync(customerId, registrant!, keepGender, now, cancellationToken);
            foreach (var line in order.Lines.Where(l => DomainRegistrants.NeedsHolder(l.ProductKind, products[l.ProductId].Validation, l.DomainAction)))
            {
                line.DomainContactId = contact.Id;
            }
        }

        // The same basket checked out twice at once: only one of them empties it.
        var ids = items.Select(i => i.Id).ToList();
        if (await db.Set<BasketItem>().Where(i => ids.Contains(i.Id)).ExecuteDeleteAsync(cancellationToken) != items.Count)
        {
            await transaction.RollbackAsync(cancellationToken);
            return PlacementResult.Refused(text["Your basket changed while the order was placed. Check it and try again."].Value);
        }

        var year = now.Year;
        var sequence = await numbers.NextAsync(string.Create(CultureInfo.InvariantCulture, $"order-{year}"), 1, cancellationToken);
        order.Number = string.Create(CultureInfo.InvariantCulture, $"ORD-{year}-{sequence:D6}");
        db.Add(order);
        await invoices.IssueAsync(order, cancellationToken);
        mails.AddConfirmation(user, order);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // Only now can the dispatcher see the confirmation.
        outbox.Wake();
        return PlacementResult.Placed(order);
    }

    // "Web hosting Basic for example.nl", in the language of the order, kept on the order as written.
    private string Describe(Product product, string? domainName, DomainAction? action, string culture) =>
        InCulture.Run(culture, () => (domainName, action) switch
        {
            (null, _) => NameIn(product, culture),
            (_, DomainAction.Transfer) => text["{0} for {1}, transferred to RED-IT", NameIn(product, culture), domainName].Value,
            _ => text["{0} for {1}", NameIn(product, culture), domainName].Value,
        });

    private static string NameIn(Product product, string culture) =>
        culture.StartsWith("nl", StringComparison.Ordinal) ? product.NameNl : product.NameEn;
}

public sealed record PlacementResult(Order? Order, string? Refusal)
{
    public static PlacementResult Placed(Order order) => new(order, null);

    public static PlacementResult Refused(string reason) => new(null, reason);
}
