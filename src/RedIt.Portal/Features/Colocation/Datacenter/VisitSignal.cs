using RedIt.Portal.Infrastructure.Background;

namespace RedIt.Portal.Features.Colocation.Datacenter;

// Woken when Support approves a visit or a customer cancels a sent one, so the provider hears of it
// at once rather than at the next look.
public sealed class VisitSignal : WakeSignal;
