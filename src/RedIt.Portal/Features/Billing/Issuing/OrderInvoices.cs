using Microsoft.Extensions.Localization;
using RedIt.Portal.Features.Billing.Documents;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Infrastructure.Localization;
using RedIt.Portal.Infrastructure.Time;

namespace RedIt.Portal.Features.Billing.Issuing;

// An order is invoiced when it is placed: the invoice is what the customer pays, and paying it
// starts the delivery. Each line says what it supplies and for how long.
public sealed class OrderInvoices(InvoiceIssuer issuer, InvoiceMails mails, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    // Issued and its mail added; the caller saves, commits and wakes the outbox.
    public async Task<Invoice> IssueAsync(Order order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        var invoice = await IssueForPeriodAsync(order, DateOnly.FromDateTime(AmsterdamTime.ToLocal(clock.GetUtcNow().UtcDateTime)), cancellationToken);
        await mails.AddIssuedAsync(invoice, cancellationToken);
        return invoice;
    }

    // A renewal supplies the next period from the day the service renews, not from today; its
    // mail says which service renews on which day.
    public async Task<Invoice> IssueRenewalAsync(Order order, DateOnly renewsOn, string serviceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        var invoice = await IssueForPeriodAsync(order, renewsOn, cancellationToken);
        await mails.AddRenewalAsync(invoice, serviceName, renewsOn, cancellationToken);
        return invoice;
    }

    private async Task<Invoice> IssueForPeriodAsync(Order order, DateOnly from, CancellationToken cancellationToken)
    {
        var longest = order.Lines.Select(l => l.PeriodMonths).DefaultIfEmpty(0).Max();
        var lines = InCulture.Run(order.Culture, () => order.Lines
            .OrderBy(l => l.Description, StringComparer.Ordinal).ThenBy(l => l.Id)
            .Select(l => new InvoiceRequestLine(Describe(l), l.Quantity, l.UnitPriceExclVat, l.ServiceId))
            .ToList());
        return await issuer.IssueAsync(new InvoiceRequest(
            order.CustomerId,
            order.Culture,
            lines,
            PeriodFrom: longest > 0 ? from : null,
            PeriodTo: longest > 0 ? from.AddMonths(longest).AddDays(-1) : null,
            OrderId: order.Id), cancellationToken);
    }

    // "Web hosting Basic for example.nl, 12 months".
    private string Describe(OrderLine line) => line.PeriodMonths switch
    {
        0 => line.Description,
        1 => text["{0}, 1 month", line.Description].Value,
        _ => text["{0}, {1} months", line.Description, line.PeriodMonths].Value,
    };
}
