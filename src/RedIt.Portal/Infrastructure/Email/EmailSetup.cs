using Microsoft.Extensions.Options;

namespace RedIt.Portal.Infrastructure.Email;

public static class EmailSetup
{
    public static IServiceCollection AddPortalEmail(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.AddSingleton<SmtpMailSender>();
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<MailOutbox>();
        services.AddHostedService<OutboxDispatcher>();
        if (environment.IsDevelopment())
        {
            services.AddSingleton<DevelopmentMailbox>();
        }

        services.AddSingleton<IMailSender>(provider =>
        {
            if (!string.IsNullOrWhiteSpace(provider.GetRequiredService<IOptions<EmailOptions>>().Value.Smtp.Host))
            {
                return provider.GetRequiredService<SmtpMailSender>();
            }

            return provider.GetService<DevelopmentMailbox>()
                ?? throw new InvalidOperationException("Email:Smtp:Host must be set outside Development: the portal cannot confirm accounts without mail.");
        });
        return services;
    }
}
