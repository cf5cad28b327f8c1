namespace RedIt.Portal.Features.Consent;

public static class ConsentSetup
{
    public static IServiceCollection AddConsent(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AnalyticsOptions>(configuration.GetSection(AnalyticsOptions.Section));
        services.AddScoped<ConsentLedger>();
        services.AddScoped<NewsletterAudience>();
        services.AddScoped<UnsubscribeLinks>();
        return services;
    }
}
