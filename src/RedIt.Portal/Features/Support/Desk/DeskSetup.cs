namespace RedIt.Portal.Features.Support.Desk;

public static class DeskSetup
{
    public static IServiceCollection AddSupportDesk(this IServiceCollection services)
    {
        services.AddScoped<DeskScope>();
        services.AddScoped<DeskMails>();
        services.AddScoped<TicketDesk>();
        return services;
    }
}
