namespace RedIt.Portal.Features.PolicyVersions;

public static class PolicyVersionsSetup
{
    public static IServiceCollection AddPolicyVersions(this IServiceCollection services)
    {
        services.AddScoped<PolicyLibrary>();
        services.AddSingleton<PolicyNoticeSignal>();
        services.AddHostedService<PolicyNoticeSender>();
        return services;
    }
}
