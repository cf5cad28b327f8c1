namespace RedIt.Portal.Features.AccountRecovery;

public static class AccountRecoveryServices
{
    public static IServiceCollection AddAccountRecovery(this IServiceCollection services)
    {
        services.AddScoped<RecoveryCases>();
        return services;
    }
}
