using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Services;

namespace RedIt.Portal.Features.Orders.Provisioning;

// What a paid order needs done: a pending service per line and the steps that deliver it, saved in
// the transaction that marks the order paid, so a paid order always has its steps and never twice.
public sealed class ProvisioningPlan(PortalDbContext db)
{
    public async Task StartAsync(Guid orderId, DateTime now, CancellationToken cancellationToken = default)
    {
        var order = await db.Set<Order>().Include(o => o.Lines).SingleAsync(o => o.Id == orderId, cancellationToken);
        var products = await db.Set<Product>().AsNoTracking()
            .Where(p => order.Lines.Select(l => l.ProductId).Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var any = false;
        foreach (var line in order.Lines)
        {
            var kinds = StepsFor(line, products[line.ProductId]);
            if (kinds.Count == 0)
            {
                continue;
            }

            // A renewal extends the service it names; everything else delivers a new one.
            if (line.ServiceId is null)
            {
                var service = new Service
                {
                    Id = Guid.NewGuid(),
                    CustomerId = order.CustomerId,
                    ProductId = line.ProductId,
                    Kind = line.ProductKind,
                    Name = line.DomainName ?? line.Description[..Math.Min(line.Description.Length, 253)],
                    Status = ServiceStatus.Pending,
                    CreatedAt = now,
                    NameServers = line.NameServers,
                };
                db.Add(service);
                line.ServiceId = service.Id;
            }

            for (var sequence = 0; sequence < kinds.Count; sequence++)
            {
                db.Add(new ProvisioningStep
                {
                    Id = Guid.NewGuid(),
                    OrderId = order.Id,
                    OrderLineId = line.Id,
                    ServiceId = line.ServiceId,
                    Kind = kinds[sequence],
                    Sequence = sequence,
                    Status = ProvisioningStepStatus.Pending,
                    // Unique, so the same line can never get the same step twice.
                    IdempotencyKey = $"{line.Id:N}-{kinds[sequence]}",
                    NextAttemptAt = now,
                    CreatedAt = now,
                    // The auth code moves from the order to the step that uses it, and is cleared there.
                    ProtectedSecret = kinds[sequence] == ProvisioningStepKind.TransferDomain ? line.ProtectedAuthCode : null,
                });
                any = true;
            }

            line.ProtectedAuthCode = null;
        }

        order.Status = any ? OrderStatus.Provisioning : OrderStatus.Completed;
        order.CompletedAt = any ? null : now;
        await db.SaveChangesAsync(cancellationToken);
    }

    // A registrant before its domain; a domain by itself when it renews or changes name servers.
    // A line that names its service before payment renews it: a domain at the registry, anything
    // else by moving its renewal date.
    public static IReadOnlyList<ProvisioningStepKind> StepsFor(OrderLine line, Product product)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(product);
        return (line.ProductKind, line.DomainAction) switch
        {
            (ProductKind.DomainExtension, DomainAction.Register) => [ProvisioningStepKind.CreateDomainContact, ProvisioningStepKind.RegisterDomain],
            (ProductKind.DomainExtension, DomainAction.Transfer) => [ProvisioningStepKind.CreateDomainContact, ProvisioningStepKind.TransferDomain],
            (ProductKind.DomainExtension, DomainAction.Renew) => [ProvisioningStepKind.RenewDomain],
            (not ProductKind.DomainExtension, _) when line.ServiceId is not null => [ProvisioningStepKind.ExtendService],
            (ProductKind.SslCertificate, _) when product.Validation == CertificateValidation.LetsEncrypt => [ProvisioningStepKind.IssueLetsEncryptCertificate],
            (ProductKind.SslCertificate, _) => [ProvisioningStepKind.OrderCertificate],
            (ProductKind.Hosting, _) => [ProvisioningStepKind.CreateHosting],
            (ProductKind.Mailbox, _) => [ProvisioningStepKind.CreateMailbox],
            (ProductKind.Colocation, _) => [ProvisioningStepKind.ActivateColocation],
            _ => [],
        };
    }
}
