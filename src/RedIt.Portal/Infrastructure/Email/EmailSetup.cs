namespace RedIt.Portal.Infrastructure.Email;

public static class EmailSetup
{
    public static IServiceCollection AddPortalEmail(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(EmailOptions.Section);
        services.Configure<EmailOptions>(section);
        var smtpHost = section.GetSection("Smtp")["Host"];

        if (!string.IsNullOrWhiteSpace(smtpHost))
        {
            services.AddSingleton<IMailSender, SmtpMailSender>();
        }
        else if (environment.IsDevelopment())
        {
            services.AddSingleton<DevelopmentMailbox>();
            services.AddSingleton<IMailSender>(sp => sp.GetRequiredService<DevelopmentMailbox>());
        }
        else
        {
            throw new InvalidOperationException("Email:Smtp:Host must be set outside Development: the portal cannot confirm accounts without mail.");
        }

        return services;
    }
}
