using RedIt.Portal.Features.Support;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Customers.Staff;

public sealed record CustomerRow(int Number, string Name, string? CompanyName, string Email, string? City, DateTime CreatedAt);

public sealed record CustomerSearchView(string? Search, Paged<CustomerRow> Customers);

public sealed record CustomerTicket(int Number, string Subject, TicketTopic Topic, TicketStatus Status, DateTime LastMessageAt);

public sealed record CustomerDetailsView(Customer Customer, IReadOnlyList<CustomerTicket> Tickets, int TicketCount);
