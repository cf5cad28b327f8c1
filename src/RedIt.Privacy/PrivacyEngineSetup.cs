using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace RedIt.Privacy;

public static class PrivacyEngineSetup
{
    // The engine works on the one context whose model carries the rules; PrivacyOptions and a
    // TimeProvider come from the application.
    public static IServiceCollection AddPrivacyEngine<TContext>(this IServiceCollection services)
        where TContext : DbContext
    {
        services.AddOptions<PrivacyOptions>();

        // The model is the same for every context instance, so the catalog is read from it once.
        services.AddSingleton(provider =>
        {
            using var scope = provider.CreateScope();
            var model = scope.ServiceProvider.GetRequiredService<TContext>().Model;
            return PrivacyCatalog.From(model, provider.GetRequiredService<IOptions<PrivacyOptions>>().Value);
        });
        services.AddScoped(p => new PersonalDataExporter(p.GetRequiredService<TContext>(), p.GetRequiredService<PrivacyCatalog>(), p.GetRequiredService<TimeProvider>()));
        services.AddScoped(p => new ErasurePlanner(p.GetRequiredService<TContext>(), p.GetRequiredService<PrivacyCatalog>()));
        services.AddScoped(p => new ErasureExecutor(p.GetRequiredService<TContext>(), p.GetRequiredService<PrivacyCatalog>(), p.GetRequiredService<TimeProvider>()));
        services.AddScoped(p => new RetentionSweep(p.GetRequiredService<TContext>(), p.GetRequiredService<PrivacyCatalog>()));
        return services;
    }
}
