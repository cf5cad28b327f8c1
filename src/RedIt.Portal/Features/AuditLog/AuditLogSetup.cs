namespace RedIt.Portal.Features.AuditLog;

public static class AuditLogSetup
{
    public static IServiceCollection AddAuditLog(this IServiceCollection services)
    {
        services.AddScoped<AuditLogger>();
        return services;
    }
}
