using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RedIt.Portal.Infrastructure.PwnedPasswords;

namespace RedIt.Portal.Features.Accounts.Passwords;

public static class PasswordsSetup
{
    // After AddIdentity: Identity adds its own validator only when none is registered yet.
    public static IServiceCollection AddPasswordChecks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<CommonPasswords>();
        services.AddScoped<PasswordErrors>();
        services.AddScoped<IPasswordValidator<PortalUser>, PasswordLengthValidator>();
        services.AddScoped<IPasswordValidator<PortalUser>, CommonPasswordValidator>();
        services.AddScoped<IPasswordValidator<PortalUser>, BreachedPasswordValidator>();

        services.AddOptions<PwnedPasswordsOptions>()
            .Bind(configuration.GetSection(PwnedPasswordsOptions.Section))
            .Validate(
                pwned => !pwned.Enabled || (Uri.TryCreate(pwned.BaseUrl, UriKind.Absolute, out var url) && url.Scheme is "https" or "http" && pwned.TimeoutSeconds > 0),
                $"{PwnedPasswordsOptions.Section}:BaseUrl must be an absolute http(s) URL and TimeoutSeconds more than 0 when the check is enabled.")
            .ValidateOnStart();
        services.AddHttpClient<IPwnedPasswords, PwnedPasswordsClient>((provider, http) =>
            {
                var pwned = provider.GetRequiredService<IOptions<PwnedPasswordsOptions>>().Value;
                http.BaseAddress = new Uri(pwned.BaseUrl.TrimEnd('/') + "/");
                http.Timeout = TimeSpan.FromSeconds(pwned.TimeoutSeconds);
                http.DefaultRequestHeaders.UserAgent.ParseAdd("RedIt.Portal/1.0");
            })
            // The factory's own request log would write the hash prefix of every password checked.
            .RemoveAllLoggers();
        return services;
    }
}
