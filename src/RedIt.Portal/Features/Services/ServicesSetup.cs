namespace RedIt.Portal.Features.Services;

public static class ServicesSetup
{
    public static IServiceCollection AddServices(this IServiceCollection services)
    {
        services.AddScoped<ServiceMails>();
        services.AddScoped<Mine.MyServices>();
        return services;
    }
}
