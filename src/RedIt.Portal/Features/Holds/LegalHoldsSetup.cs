namespace RedIt.Portal.Features.Holds;

public static class LegalHoldsSetup
{
    public static IServiceCollection AddLegalHolds(this IServiceCollection services)
    {
        services.AddScoped<LegalHoldDesk>();
        return services;
    }
}
