using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace RedIt.Portal.Features.Billing.Payments.MultiSafepay;

public static class MultiSafepaySetup
{
    public static IServiceCollection AddMultiSafepay(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MultiSafepayOptions>().Bind(configuration.GetSection(MultiSafepayOptions.Section));
        services.AddHttpClient<MultiSafepayClient>((provider, http) =>
            {
                var options = provider.GetRequiredService<IOptions<MultiSafepayOptions>>().Value;
                http.BaseAddress = new Uri(options.BaseUrl.TrimEnd('/') + "/");
                http.Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
                http.DefaultRequestHeaders.UserAgent.ParseAdd("RedIt.Portal/1.0");
                http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                if (!string.IsNullOrWhiteSpace(options.ApiKey))
                {
                    http.DefaultRequestHeaders.Add("api_key", options.ApiKey.Trim());
                }
            })
            // The factory's request log would write every URL; the client logs what matters itself.
            .RemoveAllLoggers();
        return services;
    }
}
