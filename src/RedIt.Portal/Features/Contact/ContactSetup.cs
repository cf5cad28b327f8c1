namespace RedIt.Portal.Features.Contact;

public static class ContactSetup
{
    public static IServiceCollection AddContact(this IServiceCollection services)
    {
        services.AddScoped<ContactMails>();
        services.AddSingleton<ContactLimits>();
        return services;
    }
}
