using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using Quartz;
using RedIt.Portal.Features.Certificates.Acme;
using RedIt.Portal.Features.Certificates.Supplier;
using RedIt.Portal.Features.Orders.Provisioning;
using RedIt.Portal.Infrastructure.Jobs;

namespace RedIt.Portal.Features.Certificates;

public static class CertificatesSetup
{
    public static IServiceCollection AddCertificates(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AcmeOptions>().Bind(configuration.GetSection(AcmeOptions.Section)).PostConfigure(options =>
        {
            if (options.Simulate)
            {
                options.DirectoryUrl = AcmeSimulator.DirectoryUrl;
            }
        })
            .Validate(o => o.RenewBeforeDays is >= 1 and <= 60, $"{AcmeOptions.Section}:RenewBeforeDays must be from 1 to 60 (a Let's Encrypt certificate lasts 90 days).")
            .ValidateOnStart();
        services.AddSingleton<AcmeSimulator.State>();
        services.AddHttpClient<AcmeClient>(AcmeClient.HttpClientName, (provider, http) =>
            {
                http.Timeout = TimeSpan.FromSeconds(provider.GetRequiredService<IOptions<AcmeOptions>>().Value.TimeoutSeconds);
                http.DefaultRequestHeaders.UserAgent.ParseAdd("RedIt.Portal/1.0");
            })
            // The factory's request log would write every URL; the step records what matters.
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(provider =>
            {
                var options = provider.GetRequiredService<IOptions<AcmeOptions>>().Value;
                return options.Simulate ? new AcmeSimulator(provider.GetRequiredService<AcmeSimulator.State>()) : Handler(options);
            });
        services.AddScoped<CertificatePrivateKeys>();
        services.AddScoped<Mine.MyCertificates>();
        services.AddScoped<AcmeAccounts>();
        services.AddScoped<AcmeIssuance>();
        services.AddScoped<IProvisioningStepHandler, IssueLetsEncryptCertificateStep>();
        services.AddScoped<LetsEncryptRenewals>();
        AddRenewalJob(services, configuration);
        services.AddCertificateSupplier(configuration);
        return services;
    }

    // Read once here, as the other jobs do: the schedule is fixed when the scheduler is built.
    private static void AddRenewalJob(IServiceCollection services, IConfiguration configuration)
    {
        var acme = configuration.GetSection(AcmeOptions.Section).Get<AcmeOptions>() ?? new AcmeOptions();
        if (acme.RenewalEnabled)
        {
            JobsSetup.RunScheduler(services);
            services.AddQuartz(quartz => quartz.ScheduleJob<RenewLetsEncryptCertificatesJob>(
                trigger => trigger
                    .WithIdentity(RenewLetsEncryptCertificatesJob.TriggerKey)
                    .WithCronSchedule(acme.RenewalCron, schedule => schedule.InTimeZone(TimeZoneInfo.Utc)),
                job => job.WithIdentity(RenewLetsEncryptCertificatesJob.Key).WithDescription("Queues the renewal of Let's Encrypt certificates that expire soon")));
        }
    }

    // With TrustedRootPemPath, a server certificate that chains to that root is trusted as well
    // as one the system trusts (Pebble's HTTPS comes from a test CA of its own).
    private static SocketsHttpHandler Handler(AcmeOptions options)
    {
        var handler = new SocketsHttpHandler();
        if (string.IsNullOrWhiteSpace(options.TrustedRootPemPath))
        {
            return handler;
        }

        var root = X509Certificate2.CreateFromPem(File.ReadAllText(options.TrustedRootPemPath));
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
        {
            if (errors == SslPolicyErrors.None)
            {
                return true;
            }

            if (certificate is null || errors != SslPolicyErrors.RemoteCertificateChainErrors)
            {
                return false;
            }

            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(root);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            using var presented = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
            return chain.Build(presented);
        };
        return handler;
    }
}
