namespace RedIt.Portal.Features.AccountRecovery;

public static class AccountRecoverySetup
{
    public static IServiceCollection AddAccountRecovery(this IServiceCollection services)
    {
        services.AddScoped<RecoveryCases>();
        return services;
    }
}
