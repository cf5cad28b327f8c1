using Microsoft.Extensions.Options;

namespace RedIt.Portal.Features.Billing.Vat.Vies;

public static class ViesSetup
{
    // The requester when nothing leaves the machine, so Development shows consultation numbers
    // without RED-IT's own number configured; real VIES would refuse it.
    private const string SimulatedRequester = "NL000000000B00";

    public static IServiceCollection AddVies(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ViesOptions>()
            .Bind(configuration.GetSection(ViesOptions.Section))
            .PostConfigure(options =>
            {
                if (options.Simulate && string.IsNullOrWhiteSpace(options.RequesterVatNumber))
                {
                    options.RequesterVatNumber = SimulatedRequester;
                }
            })
            .Validate(RequesterIsAVatNumber, $"{ViesOptions.Section}:RequesterCountryCode and RequesterVatNumber must be RED-IT's own VAT number in a member state VIES covers, e.g. NL and NL859123456B01.")
            .Validate(o => o.TimeoutSeconds >= 1, $"{ViesOptions.Section}:TimeoutSeconds must be at least 1.")
            .ValidateOnStart();
        services.AddHttpClient<IVatNumberRegistry, ViesClient>((provider, http) =>
            {
                var options = provider.GetRequiredService<IOptions<ViesOptions>>().Value;
                http.BaseAddress = new Uri(options.Simulate ? "https://vies.simulator/rest-api/" : options.BaseUrl.TrimEnd('/') + "/");
                http.Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
                http.DefaultRequestHeaders.UserAgent.ParseAdd("RedIt.Portal/1.0");
            })
            // The factory's request log would write every URL; the client logs what matters itself.
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(provider => provider.GetRequiredService<IOptions<ViesOptions>>().Value.Simulate
                ? new ViesSimulator(provider.GetRequiredService<TimeProvider>())
                : new HttpClientHandler());
        return services;
    }

    // Unset is allowed (no check is sent until it is); set wrongly, every check would fail.
    private static bool RequesterIsAVatNumber(ViesOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.RequesterVatNumber))
        {
            return true;
        }

        try
        {
            ViesVatNumber.Parse(options.RequesterCountryCode, options.RequesterVatNumber);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
