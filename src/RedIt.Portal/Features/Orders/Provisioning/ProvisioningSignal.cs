using RedIt.Portal.Infrastructure.Background;

namespace RedIt.Portal.Features.Orders.Provisioning;

// Woken when an order is paid, so its first step runs at once rather than at the next look.
public sealed class ProvisioningSignal : WakeSignal;
