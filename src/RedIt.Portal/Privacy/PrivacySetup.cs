using RedIt.Portal.Data;
using RedIt.Privacy;

namespace RedIt.Portal.Privacy;

public static class PrivacySetup
{
    public static IServiceCollection AddPortalPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PrivacyOptions>(configuration.GetSection(PrivacyOptions.SectionName));
        return services.AddPrivacyEngine<PortalDbContext>();
    }
}
