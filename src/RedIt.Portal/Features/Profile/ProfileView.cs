using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Billing.Vat;
using RedIt.Portal.Features.Customers;

namespace RedIt.Portal.Features.Profile;

// The VAT number's standing with VIES is shown to an EU business customer outside the Netherlands,
// whose invoices are reverse charged only while VIES confirms it.
public sealed record ProfileView(PortalUser User, Customer? Customer, IReadOnlyList<string> Roles, VatNumberStanding? Vat, DateTime Now);
