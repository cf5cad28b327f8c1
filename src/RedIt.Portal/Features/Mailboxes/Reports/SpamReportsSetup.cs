namespace RedIt.Portal.Features.Mailboxes.Reports;

public static class SpamReportsSetup
{
    public static IServiceCollection AddSpamReports(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SpamFilterOptions.Section);
        services.AddOptions<SpamFilterOptions>().Bind(section);
        services.AddSingleton<SpamReportSignal>();
        services.AddSingleton<SpamReportMessages>();
        services.AddSingleton<SpamReportUploadLimit>();
        services.AddScoped<SpamReportDesk>();
        services.AddScoped<SpamReportForwarder>();
        if (section.GetValue(nameof(SpamFilterOptions.WorkerEnabled), true))
        {
            services.AddHostedService<SpamReportWorker>();
        }

        return services;
    }
}
