using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.RateLimiting;

namespace RedIt.Portal.Features.Calls;

public static class CallsSetup
{
    public static IServiceCollection AddCalls(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CallsOptions>(configuration.GetSection(CallsOptions.Section));
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, PhoneSystemAuthentication>(PhoneSystemAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(PhoneSystemAuthentication.PolicyName, policy => policy
                .AddAuthenticationSchemes(PhoneSystemAuthentication.SchemeName)
                .RequireAuthenticatedUser()
                .RequireClaim(PhoneSystemAuthentication.PhoneSystemIdClaim));
        services.Configure<RateLimiterOptions>(limiter => limiter.AddPolicy<string, PhoneSystemRateLimit>(PhoneSystemRateLimit.Name));
        services.AddScoped<CallerLookup>();
        services.AddScoped<PhoneSystems>();
        services.AddScoped<CallEvents>();
        services.AddScoped<Desk.CallLog>();
        services.AddScoped<Mine.MyCalls>();
        services.AddScoped<DataRequests.IPersonalDataFiles, CallRecordingFiles>();
        return services;
    }
}
