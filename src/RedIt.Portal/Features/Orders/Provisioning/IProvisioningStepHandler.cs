using RedIt.Portal.Features.Services;

namespace RedIt.Portal.Features.Orders.Provisioning;

// Runs one kind of step, usually one call to a supplier. It changes the tracked entities of the
// run (a contact's handle, a service's supplier id); the runner saves them with the step's result.
public interface IProvisioningStepHandler
{
    ProvisioningStepKind Kind { get; }

    // What the step sends about whom, recorded with the claim of its first attempt, so no request
    // that carries personal data leaves before its disclosure is stored. Null when it sends none.
    Task<PlannedDisclosure?> DisclosureAsync(StepRun run, CancellationToken cancellationToken);

    Task<StepOutcome> RunAsync(StepRun run, CancellationToken cancellationToken);
}

// Everything a step needs, loaded once by the runner: the line and service are tracked.
// Culture is the order's language, which the supplier's mails to the registrant follow.
public sealed record StepRun(ProvisioningStep Step, string OrderNumber, Guid CustomerId, string Culture, OrderLine? Line, Service? Service);

public sealed record PlannedDisclosure(string Recipient, IReadOnlyList<string> DataItems, string Purpose, string LegalGround);

public enum StepResult
{
    Done,
    TryAgain,
    Refused,

    // Sent and accepted, but the supplier is not finished (a transfer waits days for the registry):
    // look again later. Not a failed attempt.
    Waiting,

    // Only the customer can fix it (a transfer's auth code was refused): the step waits for them.
    NeedsCustomer,
}

// How an attempt ended. The reason is the supplier's status and code, never the data sent.
public sealed record StepOutcome(StepResult Result, string? SupplierReference = null, string? Reason = null)
{
    public static StepOutcome Done(string? supplierReference = null) => new(StepResult.Done, supplierReference);

    public static StepOutcome TryAgain(string reason) => new(StepResult.TryAgain, Reason: reason);

    public static StepOutcome Refused(string reason) => new(StepResult.Refused, Reason: reason);

    public static StepOutcome Waiting(string supplierReference, string reason) => new(StepResult.Waiting, supplierReference, reason);

    public static StepOutcome NeedsCustomer(string reason) => new(StepResult.NeedsCustomer, Reason: reason);
}
