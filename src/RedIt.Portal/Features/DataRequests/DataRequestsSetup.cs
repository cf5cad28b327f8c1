namespace RedIt.Portal.Features.DataRequests;

public static class DataRequestsSetup
{
    public static IServiceCollection AddDataSubjectRequests(this IServiceCollection services)
    {
        services.AddScoped<DataRequestMails>();
        services.AddScoped<DataRequestService>();
        services.AddScoped<PersonalDataFiles>();
        return services;
    }
}
