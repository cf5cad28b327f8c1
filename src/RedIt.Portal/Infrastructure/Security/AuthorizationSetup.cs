using Microsoft.AspNetCore.Authorization;

namespace RedIt.Portal.Infrastructure.Security;

public static class AuthorizationSetup
{
    // Deny by default: an endpoint that forgets to say who may use it is for signed-in people
    // only, never public by accident. Every controller still states its decision itself
    // (AuthorizationDecisionTests), so this is the net under the rule, not the rule.
    public static IServiceCollection AddPortalAuthorization(this IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .Services;
}
