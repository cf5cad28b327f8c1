using RedIt.Portal.Features.Support.MyTickets;

namespace RedIt.Portal.Features.Support;

public static class SupportSetup
{
    public static IServiceCollection AddSupport(this IServiceCollection services)
    {
        services.AddScoped<TicketInbox>();
        services.AddScoped<EarlierTickets>();
        return services;
    }
}
