using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Domains.Supplier;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Orders.Provisioning;

namespace RedIt.Portal.Features.Domains.Registration;

// Makes the registrant known to the supplier, once: a contact that already has a handle (from an
// earlier order) is used as it is and sends nothing.
public sealed class CreateDomainContactStep(PortalDbContext db, IDomainSupplier supplier) : IProvisioningStepHandler
{
    public ProvisioningStepKind Kind => ProvisioningStepKind.CreateDomainContact;

    public async Task<PlannedDisclosure?> DisclosureAsync(StepRun run, CancellationToken cancellationToken) =>
        await ContactAsync(run, cancellationToken) is { SupplierHandle: null } contact ? RegistrantDisclosure.Of(contact) : null;

    public async Task<StepOutcome> RunAsync(StepRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var contact = await ContactAsync(run, cancellationToken);
        if (contact is null)
        {
            return StepOutcome.Refused("The order line names no registrant");
        }

        if (contact.SupplierHandle is { } known)
        {
            return StepOutcome.Done(known);
        }

        return await SupplierCall.OutcomeAsync(async () =>
        {
            contact.SupplierHandle = await supplier.CreateContactAsync(ToRegistrant(contact, run.Culture), cancellationToken);
            return StepOutcome.Done(contact.SupplierHandle);
        });
    }

    internal static DomainRegistrant ToRegistrant(DomainContact contact, string culture) => new(
        contact.FirstName,
        contact.LastName,
        contact.Gender,
        contact.CompanyName,
        contact.Street,
        contact.HouseNumber,
        contact.PostalCode,
        contact.City,
        contact.CountryCode,
        contact.PhoneNumber,
        contact.Email,
        culture);

    private Task<DomainContact?> ContactAsync(StepRun run, CancellationToken cancellationToken) =>
        run.Line?.DomainContactId is { } id
            ? db.Set<DomainContact>().SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            : Task.FromResult<DomainContact?>(null);
}
