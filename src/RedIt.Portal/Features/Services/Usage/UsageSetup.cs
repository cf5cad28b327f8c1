using Microsoft.AspNetCore.Authentication;

namespace RedIt.Portal.Features.Services.Usage;

public static class UsageSetup
{
    public static IServiceCollection AddPlatformUsage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PlatformUsageOptions>(configuration.GetSection(PlatformUsageOptions.Section));
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, PlatformKeyAuthentication>(PlatformKeyAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(PlatformKeyAuthentication.PolicyName, policy => policy
                .AddAuthenticationSchemes(PlatformKeyAuthentication.SchemeName)
                .RequireAuthenticatedUser()
                .RequireClaim(PlatformKeyAuthentication.PlatformClaim));
        services.AddScoped<UsageReports>();
        return services;
    }
}
