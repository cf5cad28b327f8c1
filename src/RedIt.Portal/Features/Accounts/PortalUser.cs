using Microsoft.AspNetCore.Identity;

namespace RedIt.Portal.Features.Accounts;

// One login for customers and staff alike; what makes someone a customer lives in Customer.
public class PortalUser : IdentityUser<Guid>
{
    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    // "nl" or "en": e-mails are written in the language the person chose in the portal.
    public string PreferredCulture { get; set; } = "nl";

    public DateTime CreatedAt { get; set; }

    // The 30-second step of the last authenticator code accepted: no code of that step or an
    // earlier one is accepted again.
    public long? LastTotpTimeStep { get; set; }

    public string FullName => $"{FirstName} {LastName}".Trim();
}
