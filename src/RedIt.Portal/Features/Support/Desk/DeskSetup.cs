using MimeKit;

namespace RedIt.Portal.Features.Support.Desk;

public static class DeskSetup
{
    public static IServiceCollection AddSupportDesk(this IServiceCollection services, IConfiguration configuration)
    {
        // Checked at start: a bad address would otherwise fail every reply in the outbox, unseen.
        services.AddOptions<SupportOptions>()
            .Bind(configuration.GetSection(SupportOptions.Section))
            .Validate(
                support => string.IsNullOrWhiteSpace(support.ReplyAddress) || MailboxAddress.TryParse(support.ReplyAddress.Trim(), out _),
                $"{SupportOptions.Section}:ReplyAddress must be an e-mail address (or empty).")
            .ValidateOnStart();
        services.AddScoped<DeskScope>();
        services.AddScoped<DeskMails>();
        services.AddScoped<TicketDesk>();
        return services;
    }
}
