namespace RedIt.Portal.Features.Disclosures;

public static class DisclosuresSetup
{
    public static IServiceCollection AddDisclosures(this IServiceCollection services)
    {
        services.AddScoped<DisclosureLog>();
        return services;
    }
}
