namespace RedIt.Portal.Features.Accounts;

// So that a newcomer can sign in as staff right after `dotnet run`. Development only.
public static class DevelopmentAccounts
{
    public const string AdminEmail = "admin@red-it.local";
    public const string SupportEmail = "support@red-it.local";
    public const string Password = "red-it-development";

    public static async Task SeedAsync(IServiceProvider services, ILogger logger)
    {
        var staff = services.GetRequiredService<StaffAccounts>();
        if (!await staff.ExistsAsync(AdminEmail))
        {
            await staff.CreateAsync(AdminEmail, "Ada", "Admin", Password, PortalRoles.Admin, PortalRoles.Support);
        }

        if (!await staff.ExistsAsync(SupportEmail))
        {
            await staff.CreateAsync(SupportEmail, "Sam", "Support", Password, PortalRoles.Support);
        }

        logger.LogInformation(
            "Development accounts: {Admin} (Admin) and {Support} (Support), password {Password}. Mail without SMTP: sign in as staff and open /dev/mailbox.",
            AdminEmail, SupportEmail, Password);
    }
}
