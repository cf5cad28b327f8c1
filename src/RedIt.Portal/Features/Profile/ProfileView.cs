using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Customers;

namespace RedIt.Portal.Features.Profile;

public sealed record ProfileView(PortalUser User, Customer? Customer, IReadOnlyList<string> Roles);
