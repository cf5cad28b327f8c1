using Microsoft.Extensions.Options;
using RedIt.Portal.Data;

namespace RedIt.Portal.Privacy;

public static class PrivacySetup
{
    public static IServiceCollection AddPortalPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PrivacyOptions>(configuration.GetSection(PrivacyOptions.SectionName));
        // The model is the same for every context instance, so the catalog is read from it once.
        services.AddSingleton(provider =>
        {
            using var scope = provider.CreateScope();
            var model = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Model;
            return PrivacyCatalog.From(model, provider.GetRequiredService<IOptions<PrivacyOptions>>().Value);
        });
        services.AddScoped(p => new PersonalDataExporter(p.GetRequiredService<PortalDbContext>(), p.GetRequiredService<PrivacyCatalog>(), p.GetRequiredService<TimeProvider>()));
        services.AddScoped(p => new ErasurePlanner(p.GetRequiredService<PortalDbContext>(), p.GetRequiredService<PrivacyCatalog>()));
        services.AddScoped(p => new ErasureExecutor(p.GetRequiredService<PortalDbContext>(), p.GetRequiredService<PrivacyCatalog>(), p.GetRequiredService<TimeProvider>()));
        services.AddScoped(p => new RetentionSweep(p.GetRequiredService<PortalDbContext>(), p.GetRequiredService<PrivacyCatalog>()));
        return services;
    }
}
