using RedIt.Portal.Features.Billing.Documents;
using RedIt.Portal.Features.Billing.Issuing;
using RedIt.Portal.Features.Billing.Payments;
using RedIt.Portal.Features.Billing.Payments.MultiSafepay;
using RedIt.Portal.Features.Billing.Payments.TestProvider;
using RedIt.Portal.Features.Billing.Pdf;
using RedIt.Portal.Features.Billing.Vat;

namespace RedIt.Portal.Features.Billing;

public static class BillingSetup
{
    public static IServiceCollection AddBilling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BillingOptions>().Bind(configuration.GetSection(BillingOptions.Section));
        services.AddScoped<InvoiceNumbers>();
        services.AddScoped<InvoiceIssuer>();
        services.AddScoped<VatNumberChecks>();
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
        Collection.CollectionSetup.AddCollection(services, configuration);
        return services;
    }
}
