using Microsoft.Extensions.Options;
using RedIt.Portal.Features.Domains.Registration;
using RedIt.Portal.Features.Domains.Search;
using RedIt.Portal.Features.Domains.Supplier;
using RedIt.Portal.Features.Orders.Provisioning;

namespace RedIt.Portal.Features.Domains;

public static class DomainsSetup
{
    public static IServiceCollection AddDomains(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OpenproviderOptions>().Bind(configuration.GetSection(OpenproviderOptions.Section));
        services.AddSingleton<OpenproviderToken>();
        var client = services.AddHttpClient<IDomainSupplier, OpenproviderClient>((provider, http) =>
            {
                var options = provider.GetRequiredService<IOptions<OpenproviderOptions>>().Value;
                http.BaseAddress = new Uri(options.Simulate ? "https://openprovider.simulator/v1beta/" : options.BaseUrl.TrimEnd('/') + "/");
                http.Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
                http.DefaultRequestHeaders.UserAgent.ParseAdd("RedIt.Portal/1.0");
            })
            // The factory's request log would write every URL; the client logs what matters itself.
            .RemoveAllLoggers();
        client.ConfigurePrimaryHttpMessageHandler(provider =>
            provider.GetRequiredService<IOptions<OpenproviderOptions>>().Value.Simulate ? new OpenproviderSimulator() : new HttpClientHandler());
        services.AddScoped<DomainSearch>();
        services.AddScoped<DomainBasket>();
        services.AddScoped<IProvisioningStepHandler, CreateDomainContactStep>();
        services.AddScoped<IProvisioningStepHandler, RegisterDomainStep>();
        services.AddScoped<IProvisioningStepHandler, RenewDomainStep>();
        services.AddScoped<IProvisioningStepHandler, Transfer.TransferDomainStep>();
        services.AddSingleton<Transfer.DomainTransferCodes>();
        services.AddScoped<Transfer.DomainTransferRetry>();
        services.AddScoped<NameServers.NameServerChange>();
        return services;
    }
}
