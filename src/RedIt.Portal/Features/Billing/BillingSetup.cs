using RedIt.Portal.Features.Billing.Documents;
using RedIt.Portal.Features.Billing.Finance;
using RedIt.Portal.Features.Billing.Issuing;
using RedIt.Portal.Features.Billing.Payments;
using RedIt.Portal.Features.Billing.Payments.MultiSafepay;
using RedIt.Portal.Features.Billing.Payments.TestProvider;
using RedIt.Portal.Features.Billing.Pdf;
using Quartz;
using RedIt.Portal.Features.Billing.Vat;
using RedIt.Portal.Infrastructure.Jobs;

namespace RedIt.Portal.Features.Billing;

public static class BillingSetup
{
    public static IServiceCollection AddBilling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BillingOptions>().Bind(configuration.GetSection(BillingOptions.Section));
        services.AddScoped<InvoiceNumbers>();
        services.AddScoped<InvoiceIssuer>();
        services.AddScoped<VatNumberChecks>();
        services.AddScoped<VatNumberVerifications>();
        services.AddScoped<OrderInvoices>();
        services.AddSingleton<InvoicePdf>();
        services.AddScoped<InvoiceDocuments>();
        services.AddScoped<InvoiceMails>();
        services.AddScoped<Mine.MyInvoices>();

        services.AddOptions<PaymentOptions>().Bind(configuration.GetSection(PaymentOptions.Section));
        services.AddMultiSafepay(configuration);
        services.AddScoped<IPaymentProvider, MultiSafepayPaymentProvider>();
        services.AddSingleton<TestPaymentLedger>();
        services.AddScoped<IPaymentProvider, TestPaymentProvider>();
        services.AddScoped<PaymentProviders>();
        services.AddScoped<PaymentStarter>();
        services.AddScoped<PaymentNotifications>();
        services.AddScoped<PaymentMails>();
        services.AddScoped<InvoicePayments>();

        services.AddScoped<InvoiceLedger>();
        services.AddScoped<InvoiceExport>();
        services.AddScoped<ManualInvoicing>();
        services.AddScoped<InvoiceTransfers>();
        AddJobs(services, configuration);

        Collection.CollectionSetup.AddCollection(services, configuration);
        Renewals.RenewalsSetup.AddRenewals(services, configuration);
        return services;
    }

    // Read once here, as the other jobs do: the schedule is fixed when the scheduler is built.
    private static void AddJobs(IServiceCollection services, IConfiguration configuration)
    {
        var billing = configuration.GetSection(BillingOptions.Section).Get<BillingOptions>() ?? new BillingOptions();
        if (billing.VatCheckRetryEnabled)
        {
            JobsSetup.RunScheduler(services);
            services.AddQuartz(quartz => quartz.ScheduleJob<RetryVatNumberChecksJob>(
                trigger => trigger.WithIdentity(RetryVatNumberChecksJob.TriggerKey).WithCronSchedule(billing.VatCheckRetryCron, schedule => schedule.InTimeZone(TimeZoneInfo.Utc)),
                job => job.WithIdentity(RetryVatNumberChecksJob.Key).WithDescription("Checks again the VAT numbers VIES could not answer")));
        }
    }
}
