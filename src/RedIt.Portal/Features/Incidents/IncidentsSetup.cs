namespace RedIt.Portal.Features.Incidents;

public static class IncidentsSetup
{
    public static IServiceCollection AddIncidents(this IServiceCollection services)
    {
        services.AddScoped<IncidentMails>();
        services.AddScoped<Desk.IncidentDesk>();
        services.AddScoped<Status.StatusPage>();
        return services;
    }
}
