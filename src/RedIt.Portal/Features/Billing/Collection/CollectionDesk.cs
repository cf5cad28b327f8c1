using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Billing.Documents;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Features.Disclosures;
using RedIt.Portal.Infrastructure.Logging;
using RedIt.Portal.Infrastructure.Time;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Billing.Collection;

// Finance hands unpaid invoices to DAS Incasso (2.4): only after the payment term and the
// reminders, per customer, after seeing exactly what goes. One transaction stores the claim with
// the request as it leaves, records the disclosure, audits, and calls DAS Incasso; when DAS
// Incasso does not take the claim, all of it is rolled back and Finance is told to try again.
// The request may have reached DAS Incasso all the same, so its disclosure is then kept on its own.
public sealed class CollectionDesk(
    PortalDbContext db,
    ICollectionAgency agency,
    InvoiceDocuments documents,
    DisclosureLog disclosures,
    AuditLogger audit,
    TimeProvider clock,
    ILogger<CollectionDesk> logger)
{
    public const int PageSize = 20;

    public async Task<Paged<ReadyCustomerRow>> ReadyAsync(int page, CancellationToken cancellationToken = default)
    {
        var today = InvoiceTexts.Today(clock);
        var groups = Ready(today).GroupBy(i => i.CustomerId).Select(g => new { CustomerId = g.Key, Oldest = g.Min(i => i.DueOn) });
        var total = await groups.CountAsync(cancellationToken);
        var ids = await groups.OrderBy(g => g.Oldest).ThenBy(g => g.CustomerId).ToPagedAsync(g => g.CustomerId, page, PageSize, total, cancellationToken);
        var customerIds = ids.Items.ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Number, c.Kind, Name = c.CompanyName ?? c.User.FirstName + " " + c.User.LastName })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var communications = db.Set<InvoiceCommunication>();
        var invoices = (await Ready(today).Where(i => customerIds.Contains(i.CustomerId))
            .OrderBy(i => i.DueOn).ThenBy(i => i.Number)
            .Select(i => new
            {
                i.CustomerId,
                Invoice = new ReadyInvoice(i.Number, i.DueOn, i.Total, communications.Where(c => c.InvoiceId == i.Id && c.LastDayToPay != null).Max(c => c.LastDayToPay)),
            })
            .ToListAsync(cancellationToken))
            .ToLookup(i => i.CustomerId, i => i.Invoice);
        var rows = customerIds.Select(id => new ReadyCustomerRow(customers[id].Number, customers[id].Name, customers[id].Kind, invoices[id].ToList())).ToList();
        return new Paged<ReadyCustomerRow>(rows, ids.Page, ids.PageSize, ids.Total);
    }

    // Staff reading what would go to DAS Incasso is access to personal data: it is audited.
    public async Task<CollectionPreview?> PreviewAsync(int customerNumber, CancellationToken cancellationToken = default)
    {
        var preview = await FindAsync(customerNumber, cancellationToken);
        if (preview is not null)
        {
            var customerId = await db.Customers.Where(c => c.Number == customerNumber).Select(c => c.Id).SingleAsync(cancellationToken);
            await audit.RecordAsync(AuditAction.CollectionPreviewViewed, customerId, details: "claim " + preview.Claim.Reference, cancellationToken: cancellationToken);
        }

        return preview;
    }

    public async Task<CollectionPreview?> FindAsync(int customerNumber, CancellationToken cancellationToken = default)
    {
        if (await CustomerAsync(customerNumber, cancellationToken) is not { } customer)
        {
            return null;
        }

        var invoices = await ReadyInvoicesAsync(customer.Id, withLines: false, cancellationToken);
        return invoices.Count == 0 ? null : new CollectionPreview(customerNumber, customer.Kind, await HandoverAsync(invoices, customerNumber, withPdf: false, cancellationToken));
    }

    // Hands over exactly the invoices Finance saw, or nothing: a list that changed since is shown again.
    public async Task<HandOverResult> HandOverAsync(int customerNumber, IReadOnlyCollection<string> invoiceNumbers, Guid staffId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invoiceNumbers);
        if (await CustomerAsync(customerNumber, cancellationToken) is not { } customer)
        {
            return new HandOverResult(HandOverOutcome.Changed);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        ClaimHandover handover;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var invoices = await ReadyInvoicesAsync(customer.Id, withLines: true, cancellationToken);
            if (invoices.Count == 0 || !invoices.Select(i => i.Number).ToHashSet(StringComparer.Ordinal).SetEquals(invoiceNumbers))
            {
                return new HandOverResult(HandOverOutcome.Changed);
            }

            handover = await HandoverAsync(invoices, customerNumber, withPdf: true, cancellationToken);
            var body = agency.Serialize(handover);
            var claim = new CollectionClaim
            {
                Id = Guid.NewGuid(),
                CustomerId = customer.Id,
                Reference = handover.Reference,
                State = CollectionClaimState.HandedOver,
                HandedOverAt = now,
                HandedOverById = staffId,
                StateChangedAt = now,
                StateChangedById = staffId,
                Payload = body,
                Invoices = [.. invoices.Select(i => new CollectionClaimInvoice { InvoiceId = i.Id })],
            };
            db.Add(claim);
            audit.Add(AuditAction.CollectionClaimHandedOver, customer.Id, details: "claim " + claim.Reference);
            try
            {
                // The unique index on each invoice holds off a second hand-over until this one ends.
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (UniqueViolation.Is(e))
            {
                return new HandOverResult(HandOverOutcome.AlreadyHandedOver);
            }

            await disclosures.RecordAsync(customer.Id, CollectionDisclosure.Recipient, CollectionDisclosure.DataItems(customer.Kind),
                CollectionDisclosure.Purpose, CollectionDisclosure.LegalGround, staffId, CollectionDisclosure.Reference(handover, accepted: true), cancellationToken);
            try
            {
                claim.CollectorReference = await agency.HandOverAsync(claim.Reference, body, cancellationToken);
            }
            catch (CollectionAgencyException problem)
            {
                logger.LogWarning("Claim {Claim} was not taken by DAS Incasso: {Exception}", claim.Reference, ExceptionSummary.Of(problem));
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                if (problem.Sent)
                {
                    await disclosures.RecordAsync(customer.Id, CollectionDisclosure.Recipient, CollectionDisclosure.DataItems(customer.Kind),
                        CollectionDisclosure.Purpose, CollectionDisclosure.LegalGround, staffId, CollectionDisclosure.Reference(handover, accepted: false), CancellationToken.None);
                }

                return new HandOverResult(problem is CollectionAgencyRefusedException ? HandOverOutcome.Refused : HandOverOutcome.Unavailable);
            }

            await db.SaveChangesAsync(CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
            logger.LogInformation("Claim {Claim} with {Count} invoices was handed to DAS Incasso", claim.Reference, invoices.Count);
            return new HandOverResult(HandOverOutcome.HandedOver, claim.Id);
        }
    }

    // Open, overdue, not in a claim, and past the last term it was given: the 14-day letter's for a
    // private customer, the last reminder's for a business.
    private IQueryable<Invoice> Ready(DateOnly today)
    {
        var communications = db.Set<InvoiceCommunication>();
        var claimed = db.Set<CollectionClaimInvoice>();
        return db.Set<Invoice>().AsNoTracking()
            .Where(i => i.Kind == InvoiceKind.Invoice && i.Status == InvoiceStatus.Open && i.AnonymisedAt == null && i.DueOn < today)
            .Where(i => !claimed.Any(l => l.InvoiceId == i.Id))
            .Where(i => communications.Any(c => c.InvoiceId == i.Id && c.LastDayToPay != null && c.LastDayToPay < today
                && (c.Kind == InvoiceCommunicationKind.FourteenDayLetter || db.Customers.Any(k => k.Id == i.CustomerId && k.Kind == CustomerKind.Business))));
    }

    private Task<List<Invoice>> ReadyInvoicesAsync(Guid customerId, bool withLines, CancellationToken cancellationToken)
    {
        var invoices = Ready(InvoiceTexts.Today(clock)).Where(i => i.CustomerId == customerId);
        if (withLines)
        {
            invoices = invoices.Include(i => i.Lines);
        }

        return invoices.OrderBy(i => i.DueOn).ThenBy(i => i.Number).ToListAsync(cancellationToken);
    }

    // The debtor as the newest of the invoices addresses them: the address the customer gave last.
    private async Task<ClaimHandover> HandoverAsync(List<Invoice> invoices, int customerNumber, bool withPdf, CancellationToken cancellationToken)
    {
        var ids = invoices.Select(i => i.Id).ToList();
        var numbers = invoices.ToDictionary(i => i.Id, i => i.Number);
        var sent = await db.Set<InvoiceCommunication>().AsNoTracking().Where(c => ids.Contains(c.InvoiceId))
            .OrderBy(c => c.SentAt).ThenBy(c => c.Kind).ToListAsync(cancellationToken);
        var newest = invoices.OrderByDescending(i => i.IssuedOn).ThenByDescending(i => i.Number, StringComparer.Ordinal).First();
        return new ClaimHandover(
            "RIT-" + invoices[0].Number,
            new ClaimDebtor(newest.BillingName, newest.BillingStreet, newest.BillingHouseNumber, newest.BillingPostalCode, newest.BillingCity, newest.BillingCountryCode),
            [.. invoices.Select(i => new ClaimInvoice(
                i.Number,
                DateOnly.FromDateTime(AmsterdamTime.ToLocal(i.IssuedOn)),
                i.DueOn,
                i.Total,
                documents.FileName(i),
                withPdf ? documents.Render(i, customerNumber, creditsNumber: null).Content : []))],
            [.. sent.Select(c => new ClaimCommunication(numbers[c.InvoiceId], c.SentAt, c.Kind, c.Subject, c.Text))]);
    }

    private async Task<(Guid Id, CustomerKind Kind)?> CustomerAsync(int customerNumber, CancellationToken cancellationToken) =>
        await db.Customers.AsNoTracking().Where(c => c.Number == customerNumber).Select(c => new { c.Id, c.Kind }).SingleOrDefaultAsync(cancellationToken) is { } found
            ? (found.Id, found.Kind)
            : null;
}
