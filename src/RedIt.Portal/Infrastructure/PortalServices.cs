using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Options;
using RedIt.Portal.Data;
using RedIt.Portal.Features.AccountRecovery;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Accounts.Passwords;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Consent;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Features.DataRequests;
using RedIt.Portal.Features.Disclosures;
using RedIt.Portal.Features.PolicyVersions;
using RedIt.Portal.Features.Retention;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Infrastructure.Security;
using RedIt.Portal.Infrastructure.Web;
using RedIt.Portal.Privacy;
using Serilog;

namespace RedIt.Portal.Infrastructure;

public static class PortalServices
{
    public static readonly CultureInfo[] Cultures = [new("en"), new("nl")];

    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddSerilog((provider, log) => log
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture));

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.Section));
        services.AddPortalDatabase(configuration, builder.Environment.ContentRootPath);
        services.AddPortalEmail(configuration, builder.Environment);
        services.AddPortalPrivacy(configuration);
        services.AddPortalRateLimits();
        services.AddPortalAuthorization();
        services.AddPortalProxies(configuration);
        services.AddPortalDataProtection(configuration);

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
                // AccountMails.SendLockedOutAsync and the sign-in page name these two numbers.
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>();
        services.AddPasswordChecks(configuration);
        services.Configure<DataProtectionTokenProviderOptions>(tokens => tokens.TokenLifespan = TimeSpan.FromHours(24));
        // A changed password, an erased or locked account ends its other sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(stamp => stamp.ValidationInterval = TimeSpan.FromMinutes(1));

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.Cookie.Name = "redit.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.Name = "redit.antiforgery");
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SecurityOptions>>((cookie, security) => cookie.Cookie.SecurePolicy = SecurePolicy(security.Value));
        services.AddOptions<AntiforgeryOptions>()
            .Configure<IOptions<SecurityOptions>>((antiforgery, security) => antiforgery.Cookie.SecurePolicy = SecurePolicy(security.Value));

        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(localization =>
        {
            localization.DefaultRequestCulture = new RequestCulture("en");
            localization.SupportedCultures = Cultures;
            localization.SupportedUICultures = Cultures;
            localization.FallBackToParentCultures = true;
            localization.FallBackToParentUICultures = true;
        });
        services.Configure<RazorViewEngineOptions>(razor => razor.ViewLocationExpanders.Add(new FeatureViewLocationExpander()));
        services.AddRouting(routing => routing.LowercaseUrls = true);
        services.AddControllersWithViews(mvc => mvc.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(annotations =>
                annotations.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddSingleton<IConfigureOptions<MvcOptions>, LocalizedBindingMessages>();
        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database");
        if (!builder.Environment.IsDevelopment())
        {
            services.AddHsts(hsts =>
            {
                hsts.MaxAge = TimeSpan.FromDays(365);
                hsts.IncludeSubDomains = true;
            });
        }

        services.AddSingleton<MailComposer>();
        services.AddScoped<PortalLinks>();
        services.AddScoped<AccountMails>();
        services.AddScoped<StaffAccounts>();
        services.AddScoped<CustomerRegistration>();
        services.AddAccountRecovery();
        services.AddDisclosures();
        services.AddRetention(configuration, builder.Environment.ContentRootPath);
        services.AddPolicyVersions();
        services.AddConsent(configuration);
        services.AddAuditLog();
        services.AddDataSubjectRequests();
        return builder;
    }

    private static CookieSecurePolicy SecurePolicy(SecurityOptions security) =>
        security.AllowInsecureCookies ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
}
