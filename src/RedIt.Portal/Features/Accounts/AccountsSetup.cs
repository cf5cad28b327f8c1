using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts.Passwords;
using RedIt.Portal.Features.Accounts.Sessions;
using RedIt.Portal.Infrastructure.Security;

namespace RedIt.Portal.Features.Accounts;

public static class AccountsSetup
{
    public const string AuthCookie = "redit.auth";
    public const string AntiforgeryCookie = "redit.antiforgery";

    // Where cookies are sent over HTTPS only, they carry the __Host- prefix: the browser then
    // refuses them from plain HTTP, from a sub-domain and for another path (ASVS 3.4.4).
    public const string HostPrefix = "__Host-";

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<PortalUser, IdentityRole<Guid>>(identity =>
            {
                identity.Password.RequiredLength = PasswordRules.MinimumLength;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequiredUniqueChars = 1;
                identity.SignIn.RequireConfirmedEmail = true;
                identity.User.RequireUniqueEmail = true;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = LockoutRules.MaxFailedAttempts;
                identity.Lockout.DefaultLockoutTimeSpan = LockoutRules.Duration;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OnceOnlyAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddSignInManager<PortalSignInManager>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>();
        services.AddPasswordChecks(configuration);
        services.Configure<DataProtectionTokenProviderOptions>(tokens => tokens.TokenLifespan = TimeSpan.FromHours(24));
        // A changed security stamp (erasure, a lock by staff) ends the other sessions within a minute;
        // sign-out and a new password end them at once through the session rows.
        services.Configure<SecurityStampValidatorOptions>(stamp => stamp.ValidationInterval = TimeSpan.FromMinutes(1));

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.Path = "/";
            // The session row decides (SessionLimits); the cookie never outlives its longest limit.
            cookie.ExpireTimeSpan = SessionLimits.Absolute;
            cookie.SlidingExpiration = false;
            cookie.EventsType = typeof(SessionCookieEvents);
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SecurityOptions>>((cookie, security) =>
            {
                cookie.Cookie.SecurePolicy = SecurePolicy(security.Value);
                cookie.Cookie.Name = CookieName(AuthCookie, security.Value);
            });
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.Path = "/");
        services.AddOptions<AntiforgeryOptions>()
            .Configure<IOptions<SecurityOptions>>((antiforgery, security) =>
            {
                antiforgery.Cookie.SecurePolicy = SecurePolicy(security.Value);
                antiforgery.Cookie.Name = CookieName(AntiforgeryCookie, security.Value);
            });

        services.AddScoped<SessionStore>();
        services.AddScoped<CurrentSession>();
        services.AddScoped<SessionCookieEvents>();
        services.AddScoped<PasswordCheck>();
        services.AddScoped<AccountMails>();
        services.AddScoped<StaffAccounts>();
        return services;
    }

    public static string CookieName(string name, SecurityOptions security)
    {
        ArgumentNullException.ThrowIfNull(security);
        return security.AllowInsecureCookies ? name : HostPrefix + name;
    }

    private static CookieSecurePolicy SecurePolicy(SecurityOptions security) =>
        security.AllowInsecureCookies ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
}
