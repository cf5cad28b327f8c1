using RedIt.Portal.Features.Catalog.Admin;

namespace RedIt.Portal.Features.Catalog;

public static class CatalogSetup
{
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddScoped<ProductAdmin>();
        return services;
    }
}
