using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Options;
using RedIt.Portal.Data;
using RedIt.Portal.Features.AccountRecovery;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Consent;
using RedIt.Portal.Features.Contact;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Features.DataRequests;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Holds;
using RedIt.Portal.Features.Incidents;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Orders.Provisioning;
using RedIt.Portal.Features.Services;
using RedIt.Portal.Features.Disclosures;
using RedIt.Portal.Features.Domains;
using RedIt.Portal.Features.ErrorReports;
using RedIt.Portal.Features.PolicyVersions;
using RedIt.Portal.Features.Retention;
using RedIt.Portal.Features.Support.Desk;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Features.Support.Incoming;
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

        services.AddAccounts(configuration);

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
        services.AddScoped<CustomerRegistration>();
        services.AddScoped<Features.Customers.Staff.CustomerDirectory>();
        services.AddAccountRecovery(configuration);
        services.AddDisclosures();
        services.AddRetention(configuration, builder.Environment.ContentRootPath);
        services.AddPolicyVersions();
        services.AddConsent(configuration);
        services.AddAuditLog();
        services.AddDataSubjectRequests();
        services.AddSupportDesk(configuration);
        services.AddSupport(configuration);
        services.AddIncomingMail(configuration);
        services.AddContact();
        services.AddLegalHolds();
        services.AddCatalog();
        services.AddOrders();
        Features.Billing.BillingSetup.AddBilling(services, configuration);
        services.AddProvisioning(configuration);
        services.AddServices(configuration);
        Features.Mailboxes.Reports.SpamReportsSetup.AddSpamReports(services, configuration);
        services.AddDomains(configuration);
        Features.Certificates.CertificatesSetup.AddCertificates(services, configuration);
        Features.Colocation.ColocationSetup.AddColocation(services, configuration);
        services.AddIncidents();
        Features.Calls.CallsSetup.AddCalls(services, configuration);
        Features.Billing.Vat.Vies.ViesSetup.AddVies(services, configuration);
        builder.AddErrorReporting();
        return builder;
    }
}
