using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Billing.Vat;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Infrastructure.Time;

namespace RedIt.Portal.Features.Billing.Issuing;

// Issues invoices and credit notes inside the caller's transaction, so the number, the invoice and
// whatever it is issued for (an order, a renewal) are stored together or not at all. The caller
// saves and commits.
public sealed class InvoiceIssuer(PortalDbContext db, InvoiceNumbers numbers, VatNumberChecks vatChecks, IOptions<BillingOptions> options, TimeProvider clock)
{
    public async Task<Invoice> IssueAsync(InvoiceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Lines.Count == 0)
        {
            throw new ArgumentException("An invoice charges for at least one line.", nameof(request));
        }

        var customer = await db.Customers.AsNoTracking().Include(c => c.User).Include(c => c.Addresses)
            .SingleAsync(c => c.Id == request.CustomerId, cancellationToken);
        var address = customer.BillingAddress ?? customer.PostalAddress
            ?? throw new InvalidOperationException("A customer without an address cannot be invoiced.");
        var isBusiness = customer.Kind == CustomerKind.Business;
        var now = clock.GetUtcNow().UtcDateTime;
        var consultation = VatRules.NeedsVatNumberCheck(isBusiness, address.CountryCode, customer.VatNumber)
            ? await vatChecks.ConfirmedConsultationNumberAsync(customer.Id, address.CountryCode, customer.VatNumber!, now, cancellationToken)
            : null;
        var vat = VatRules.Decide(isBusiness, address.CountryCode, customer.VatNumber, consultation);
        var today = DateOnly.FromDateTime(AmsterdamTime.ToLocal(now));

        var invoice = new Invoice
        {
            Id = Guid.NewGuid(),
            CustomerId = customer.Id,
            Kind = InvoiceKind.Invoice,
            Number = await numbers.NextAsync(InvoiceKind.Invoice, today.Year, cancellationToken),
            OrderId = request.OrderId,
            IssuedById = request.IssuedById,
            IssuedOn = now,
            DueOn = today.AddDays(options.Value.PaymentTermDays),
            PeriodFrom = request.PeriodFrom,
            PeriodTo = request.PeriodTo,
            Status = InvoiceStatus.Open,
            Culture = request.Culture,
            VatTreatment = vat.Treatment,
            BillingName = isBusiness && !string.IsNullOrWhiteSpace(customer.CompanyName) ? customer.CompanyName : customer.User.FullName,
            BillingStreet = address.Street,
            BillingHouseNumber = address.HouseNumber,
            BillingPostalCode = address.PostalCode,
            BillingCity = address.City,
            BillingCountryCode = address.CountryCode,
            BuyerVatNumber = vat.Treatment == VatTreatment.ReverseCharge || (isBusiness && !string.IsNullOrWhiteSpace(customer.VatNumber)) ? customer.VatNumber : null,
            VatConsultationNumber = vat.Treatment == VatTreatment.ReverseCharge ? consultation : null,
            Email = customer.User.Email,
        };
        var position = 0;
        foreach (var line in request.Lines)
        {
            invoice.Lines.Add(new InvoiceLine
            {
                Id = Guid.NewGuid(),
                InvoiceId = invoice.Id,
                Position = ++position,
                Description = line.Description,
                Quantity = line.Quantity,
                UnitPriceExclVat = line.UnitPriceExclVat,
                TotalExclVat = Math.Round(line.UnitPriceExclVat * line.Quantity, 2, MidpointRounding.AwayFromZero),
                VatRate = vat.Rate,
                ServiceId = line.ServiceId,
                IssuedOn = now,
            });
        }

        Total(invoice);
        db.Add(invoice);
        return invoice;
    }

    // A credit note reverses a whole invoice: the same lines and VAT, negative, with its own number.
    // The invoice is marked credited in the same update that checks it was not credited before,
    // so two clicks at once issue one credit note. An order still waiting for this invoice's
    // payment is cancelled with it. Null when the invoice cannot be credited.
    public async Task<Invoice?> CreditAsync(Guid invoiceId, Guid? staffId, CancellationToken cancellationToken = default)
    {
        var original = await db.Set<Invoice>().AsNoTracking().Include(i => i.Lines)
            .SingleOrDefaultAsync(i => i.Id == invoiceId && i.Kind == InvoiceKind.Invoice && i.AnonymisedAt == null, cancellationToken);
        if (original is null || await db.Set<Invoice>()
                .Where(i => i.Id == invoiceId && i.Status != InvoiceStatus.Credited)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.Status, InvoiceStatus.Credited), cancellationToken) == 0)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(AmsterdamTime.ToLocal(now));
        var credit = new Invoice
        {
            Id = Guid.NewGuid(),
            CustomerId = original.CustomerId,
            Kind = InvoiceKind.CreditNote,
            Number = await numbers.NextAsync(InvoiceKind.CreditNote, today.Year, cancellationToken),
            CreditsInvoiceId = original.Id,
            OrderId = original.OrderId,
            IssuedById = staffId,
            IssuedOn = now,
            DueOn = today,
            PeriodFrom = original.PeriodFrom,
            PeriodTo = original.PeriodTo,
            Status = InvoiceStatus.Credited,
            Culture = original.Culture,
            VatTreatment = original.VatTreatment,
            BillingName = original.BillingName,
            BillingStreet = original.BillingStreet,
            BillingHouseNumber = original.BillingHouseNumber,
            BillingPostalCode = original.BillingPostalCode,
            BillingCity = original.BillingCity,
            BillingCountryCode = original.BillingCountryCode,
            BuyerVatNumber = original.BuyerVatNumber,
            VatConsultationNumber = original.VatConsultationNumber,
            Email = original.Email,
        };
        foreach (var line in original.Lines.OrderBy(l => l.Position))
        {
            credit.Lines.Add(new InvoiceLine
            {
                Id = Guid.NewGuid(),
                InvoiceId = credit.Id,
                Position = line.Position,
                Description = line.Description,
                Quantity = line.Quantity,
                UnitPriceExclVat = -line.UnitPriceExclVat,
                TotalExclVat = -line.TotalExclVat,
                VatRate = line.VatRate,
                ServiceId = line.ServiceId,
                IssuedOn = now,
            });
        }

        Total(credit);
        db.Add(credit);
        if (original.Status == InvoiceStatus.Open && original.OrderId is { } orderId)
        {
            await db.Set<Order>().Where(o => o.Id == orderId && o.Status == OrderStatus.AwaitingPayment)
                .ExecuteUpdateAsync(set => set.SetProperty(o => o.Status, OrderStatus.Cancelled).SetProperty(o => o.CancelledAt, now), cancellationToken);
        }

        return credit;
    }

    private static void Total(Invoice invoice)
    {
        var rows = VatRules.Rows(invoice.Lines.Select(l => (l.VatRate, l.TotalExclVat)));
        invoice.TotalExclVat = rows.Sum(r => r.BaseExclVat);
        invoice.TotalVat = rows.Sum(r => r.Vat);
        invoice.Total = invoice.TotalExclVat + invoice.TotalVat;
    }
}
