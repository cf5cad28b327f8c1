using Microsoft.Extensions.Options;

namespace RedIt.Portal.Features.Orders.Provisioning;

public static class ProvisioningSetup
{
    public static IServiceCollection AddProvisioning(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ProvisioningOptions.Section);
        services.AddOptions<ProvisioningOptions>().Bind(section);
        services.AddSingleton<ProvisioningSignal>();
        services.AddScoped<ProvisioningPlan>();
        services.AddScoped<ProvisioningRunner>();
        foreach (var kind in new[] { ProvisioningStepKind.CreateHosting, ProvisioningStepKind.CreateMailbox, ProvisioningStepKind.ActivateColocation })
        {
            services.AddScoped<IProvisioningStepHandler>(provider => new PlatformActivation(kind, provider.GetRequiredService<IOptions<ProvisioningOptions>>()));
        }

        if (section.GetValue(nameof(ProvisioningOptions.WorkerEnabled), true))
        {
            services.AddHostedService<ProvisioningWorker>();
        }

        return services;
    }
}
