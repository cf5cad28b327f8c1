using RedIt.Portal.Features.Billing.Documents;
using RedIt.Portal.Features.Billing.Finance;
using RedIt.Portal.Features.Billing.Issuing;
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
        services.AddScoped<InvoiceLedger>();
        services.AddScoped<InvoiceExport>();
        services.AddScoped<ManualInvoicing>();
        return services;
    }
}
