using RedIt.Portal.Features.Domains.Supplier;
using RedIt.Portal.Features.Orders.Provisioning;

namespace RedIt.Portal.Features.Domains.Registration;

// How a domain supplier's failure ends a step: down is tried again later, a refusal waits for staff.
internal static class SupplierCall
{
    public static async Task<StepOutcome> OutcomeAsync(Func<Task<StepOutcome>> call)
    {
        try
        {
            return await call();
        }
        catch (DomainSupplierUnavailableException unavailable)
        {
            return StepOutcome.TryAgain(unavailable.Message);
        }
        catch (DomainSupplierRefusedException refused)
        {
            return StepOutcome.Refused(refused.Message);
        }
    }
}
