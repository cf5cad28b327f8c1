using Microsoft.Extensions.Options;
using RedIt.Portal.Features.Colocation.Datacenter;
using RedIt.Portal.Features.Colocation.Mine;
using RedIt.Portal.Features.Colocation.Staff;

namespace RedIt.Portal.Features.Colocation;

public static class ColocationSetup
{
    public static IServiceCollection AddColocation(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DatacenterOptions.Section);
        services.AddOptions<DatacenterOptions>().Bind(section);
        services.AddSingleton<EquinixToken>();
        var client = services.AddHttpClient<IDatacenterProvider, EquinixClient>((provider, http) =>
            {
                var options = provider.GetRequiredService<IOptions<DatacenterOptions>>().Value;
                http.BaseAddress = new Uri(options.Simulate ? "https://equinix.simulator/" : options.BaseUrl.TrimEnd('/') + "/");
                http.Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
                http.DefaultRequestHeaders.UserAgent.ParseAdd("RedIt.Portal/1.0");
            })
            // The factory's request log would write every URL; the client logs what matters itself.
            .RemoveAllLoggers();
        client.ConfigurePrimaryHttpMessageHandler(provider =>
            provider.GetRequiredService<IOptions<DatacenterOptions>>().Value.Simulate ? new EquinixSimulator() : new HttpClientHandler());
        services.AddSingleton<VisitSignal>();
        services.AddScoped<VisitSender>();
        services.AddScoped<VisitMails>();
        services.AddScoped<VisitRequestCheck>();
        services.AddScoped<MyVisits>();
        services.AddScoped<VisitDesk>();
        if (section.GetValue(nameof(DatacenterOptions.WorkerEnabled), true))
        {
            services.AddHostedService<VisitSenderWorker>();
        }

        return services;
    }
}
