namespace RedIt.Portal.Features.Accounts;

public static class PortalRoles
{
    public const string Customer = "Customer";
    public const string Support = "Support";
    public const string Sales = "Sales";
    public const string Finance = "Finance";
    public const string Admin = "Admin";

    // For [Authorize(Roles = ...)]: anyone who works at RED-IT.
    public const string AnyStaff = Support + "," + Sales + "," + Finance + "," + Admin;

    public static readonly IReadOnlyList<string> All = [Customer, Support, Sales, Finance, Admin];

    public static readonly IReadOnlyList<string> Staff = [Support, Sales, Finance, Admin];
}
