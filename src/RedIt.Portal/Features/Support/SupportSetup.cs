using RedIt.Portal.Features.DataRequests;
using RedIt.Portal.Features.Support.MyTickets;

namespace RedIt.Portal.Features.Support;

public static class SupportSetup
{
    public static IServiceCollection AddSupport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AttachmentOptions>()
            .Bind(configuration.GetSection(AttachmentOptions.Section))
            .Validate(a => a.MaxFileBytes > 0, $"{AttachmentOptions.Section}:MaxFileBytes must be at least 1.")
            .Validate(a => a.MaxFilesPerMessage > 0, $"{AttachmentOptions.Section}:MaxFilesPerMessage must be at least 1.")
            .ValidateOnStart();
        services.AddScoped<TicketInbox>();
        services.AddScoped<CannedReplies.CannedReplyLibrary>();
        services.AddScoped<TicketAttachments>();
        services.AddScoped<IPersonalDataFiles>(provider => provider.GetRequiredService<TicketAttachments>());
        services.AddScoped<AttachmentUploadLimit>();
        services.AddScoped<EarlierTickets>();
        return services;
    }
}
