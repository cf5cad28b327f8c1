using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Data;
using RedIt.Portal.Infrastructure.Localization;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Billing.Payments;

// The customer's "Pay" button: a new attempt for the invoice's amount with the configured
// provider, stored before the provider is asked, so a notification that beats the redirect
// finds it. A provider that cannot be reached fails the attempt; the invoice stays open.
public sealed class PaymentStarter(PortalDbContext db, PaymentProviders providers, PortalLinks links, TimeProvider clock, IStringLocalizer<SharedResource> text, ILogger<PaymentStarter> log)
{
    public async Task<PaymentStartResult?> StartAsync(Guid customerId, string invoiceNumber, CancellationToken cancellationToken = default)
    {
        var invoice = await db.Set<Invoice>().AsNoTracking()
            .Where(i => i.CustomerId == customerId && i.Number == invoiceNumber)
            .Select(i => new { i.Id, i.Kind, i.Status, i.Total, i.Culture })
            .SingleOrDefaultAsync(cancellationToken);
        if (invoice is null)
        {
            return null;
        }

        if (invoice.Kind != InvoiceKind.Invoice || invoice.Status != InvoiceStatus.Open || invoice.Total <= 0)
        {
            return PaymentStartResult.Refused("This invoice is not open for payment.");
        }

        var provider = providers.Current;
        var now = clock.GetUtcNow().UtcDateTime;
        var payment = new PaymentRecord
        {
            Id = Guid.NewGuid(), InvoiceId = invoice.Id, Reference = PaymentReferences.New(invoiceNumber), Provider = provider.Name, Method = "",
            Amount = invoice.Total, Status = PaymentStatus.Initiated, At = now,
        };
        payment.Changes.Add(new PaymentStatusChange { Id = Guid.NewGuid(), PaymentId = payment.Id, Status = PaymentStatus.Initiated, At = now });
        db.Add(payment);
        await db.SaveChangesAsync(cancellationToken);

        var description = InCulture.Run(invoice.Culture, () => text["RED-IT invoice {0}", invoiceNumber].Value);
        var back = new Uri(links.Absolute("/payments/return/" + payment.Reference));
        try
        {
            var url = await provider.StartAsync(new PaymentStart(payment.Reference, payment.Amount, description, invoice.Culture, back, back,
                new Uri(links.Absolute("/payments/multisafepay/notify"))), cancellationToken);
            return PaymentStartResult.Redirect(url);
        }
        catch (PaymentProviderException e)
        {
            log.LogWarning(e, "Payment {Reference} could not be started with {Provider}", payment.Reference, provider.Name);
            await db.Set<PaymentRecord>().Where(p => p.Id == payment.Id && p.Status == PaymentStatus.Initiated)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.Status, PaymentStatus.Failed).SetProperty(p => p.UpdatedAt, now), cancellationToken);
            return PaymentStartResult.Refused("The payment could not be started. Please try again in a moment, or pay by bank transfer.");
        }
    }
}

// A refusal is a notice's resource key.
public sealed record PaymentStartResult(Uri? Url, string? Refusal)
{
    public static PaymentStartResult Redirect(Uri url) => new(url, null);

    public static PaymentStartResult Refused(string reason) => new(null, reason);
}
