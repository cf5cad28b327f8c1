using Microsoft.Extensions.Options;
using RedIt.Portal.Features.Orders.Provisioning;

namespace RedIt.Portal.Features.Certificates.Supplier;

public static class CertificateSupplierSetup
{
    public static IServiceCollection AddCertificateSupplier(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<XolphinOptions>().Bind(configuration.GetSection(XolphinOptions.Section));
        var client = services.AddHttpClient<ICertificateSupplier, XolphinClient>((provider, http) =>
            {
                var options = provider.GetRequiredService<IOptions<XolphinOptions>>().Value;
                http.BaseAddress = new Uri(options.Simulate ? "https://xolphin.simulator/v1/" : options.BaseUrl.TrimEnd('/') + "/");
                http.Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
                http.DefaultRequestHeaders.UserAgent.ParseAdd("RedIt.Portal/1.0");
            })
            // The factory's request log would write every URL; the client logs what matters itself.
            .RemoveAllLoggers();
        // One simulator for the application, so a request made is found again when followed.
        services.AddSingleton<XolphinSimulator>();
        client.ConfigurePrimaryHttpMessageHandler(provider =>
            provider.GetRequiredService<IOptions<XolphinOptions>>().Value.Simulate ? provider.GetRequiredService<XolphinSimulator>() : new HttpClientHandler());
        services.AddScoped<IProvisioningStepHandler, OrderCertificateStep>();
        return services;
    }
}
