using RedIt.Portal.Features.Services.Usage;

namespace RedIt.Portal.Features.Services;

public static class ServicesSetup
{
    public static IServiceCollection AddServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ServiceMails>();
        services.AddPlatformUsage(configuration);
        services.AddScoped<Mine.MyServices>();
        return services;
    }
}
