using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Billing;
using RedIt.Portal.Features.Calls;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Consent;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Features.DataRequests;
using RedIt.Portal.Features.Incidents;
using RedIt.Portal.Features.PolicyVersions;
using RedIt.Portal.Features.Retention;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Support.Desk;
using ConsentStaff = RedIt.Portal.Tests.Consent.Staff;

namespace RedIt.Portal.Tests.Performance;

// Every list page costs the same number of SQL commands for 5 rows as for 200: no query per row
// (N+1), and a page of rows rather than all of them. A new list page adds one line to Pages.
public sealed class QueryBudgetTests
{
    private const string Customer = "customer";
    private const string Anonymous = "anonymous";

    private static readonly ListPage[] Pages =
    [
        new("/admin/requests", PortalRoles.Admin, SeedRequestsAsync(DataRequestStatus.Open)),
        new("/admin/requests?show=closed", PortalRoles.Admin, SeedRequestsAsync(DataRequestStatus.Completed)),
        new("/admin/audit-log", PortalRoles.Admin, SeedAuditEntriesAsync),
        new("/admin/retention", PortalRoles.Admin, SeedRetentionRunsAsync),
        new("/admin/policy", PortalRoles.Admin, SeedPolicyVersionsAsync),
        new("/profile/consent", Customer, SeedConsentRecordsAsync),
        new("/profile/tickets", Customer, SeedOwnTicketsAsync),
        new("/privacy", Anonymous, SeedPolicyVersionsAsync),
        new("/desk", PortalRoles.Support, SeedDeskTicketsAsync),
        new("/staff/customers", PortalRoles.Support, SeedCustomersAsync),
        new("/desk/canned-replies", PortalRoles.Support, SeedCannedRepliesAsync),
        new("/desk/calls", PortalRoles.Support, SeedCallsAsync),
        new("/profile/calls", Customer, SeedCallsAsync),
        new("/admin/phone-systems", PortalRoles.Admin, SeedPhoneSystemsAsync),
        new("/profile/orders", Customer, SeedOrdersAsync),
        new("/profile/invoices", Customer, SeedOwnInvoicesAsync),
        new("/profile/services", Customer, SeedServicesAsync),
        new("/profile/services/5a1e0000-0000-4000-8000-00000000b0d9/spam-reports", Customer, SeedSpamReportsAsync),
        new("/staff/incidents", PortalRoles.Support, SeedIncidentsAsync),
        new("/profile/services/5a1e0000-0000-4000-8000-0000000c0c01/visits", Customer, SeedOwnVisitsAsync),
        new("/staff/visits?status=all", PortalRoles.Support, SeedStaffVisitsAsync),
        new("/staff/invoices", PortalRoles.Finance, SeedInvoicesAsync),
        new("/staff/collection", PortalRoles.Finance, (seed, count) => RedIt.Portal.Tests.Billing.Collection.CollectionSeeds.ReadyAsync(seed.Db, seed.Now, count)),
    ];

    public static TheoryData<string> Routes => new(Pages.Select(p => p.Route));

    [Theory]
    [MemberData(nameof(Routes))]
    [Trait("Policy", "4")]
    public async Task A_list_page_sends_as_many_SQL_commands_for_200_rows_as_for_5(string route)
    {
        var page = Pages.Single(p => p.Route == route);
        // A portal of its own for each page: two pages that list the same rows (the policy versions
        // of /admin/policy and /privacy) would otherwise start from the other's 200.
        using var portal = new CountingPortalFactory();
        var (browser, personId) = await SignInAsync(portal, page.Actor);

        await SeedAsync(portal, page, personId, 5);
        // The first visit fills what the portal caches once (the key ring, compiled queries).
        using (await browser.Client.GetAsync(new Uri(route, UriKind.Relative)))
        {
        }

        var (few, fewSql) = await portal.GetCountedAsync(browser, route);
        await SeedAsync(portal, page, personId, 195);
        var (many, manySql) = await portal.GetCountedAsync(browser, route);

        Assert.Equal(HttpStatusCode.OK, few.Status);
        Assert.Equal(HttpStatusCode.OK, many.Status);
        var fewRows = Rows(few);
        var manyRows = Rows(many);
        Assert.True(fewRows >= 5, $"{route} shows {fewRows} rows after 5 were added.");
        Assert.True(manyRows > fewRows && manyRows < 200, $"{route} shows {manyRows} rows of 200 or more: a list shows one page.");
        Assert.NotNull(many.Document.QuerySelector("nav.pager a[href*='page=2']"));
        Assert.True(fewSql.Commands > 0, $"No SQL command of {route} was counted.");
        Assert.True(fewSql.Commands == manySql.Commands, $"{route} with {fewRows} rows: {fewSql}{Environment.NewLine}{route} with {manyRows} rows: {manySql}");
    }

    private static int Rows(Browserless.Page page) => page.Document.QuerySelectorAll("main table tbody tr").Length;

    private static async Task SeedAsync(CountingPortalFactory portal, ListPage page, Guid personId, int count) =>
        await portal.WithDbAsync(async db =>
        {
            var now = portal.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            await page.Seed(new Seeding(db, personId, now), count);
            return await db.SaveChangesAsync();
        });

    private static async Task<(Browserless Browser, Guid PersonId)> SignInAsync(CountingPortalFactory portal, string actor)
    {
        if (actor == Anonymous)
        {
            return (new Browserless(portal.CreateClient()), Guid.Empty);
        }

        var (browser, email) = actor == Customer
            ? await People.SignedInCustomerAsync(portal)
            : await ConsentStaff.SignedInAsync(portal, actor);
        var personId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        return (browser, personId);
    }

    private static Func<Seeding, int, Task> SeedRequestsAsync(DataRequestStatus status) => (seed, count) =>
    {
        for (var i = 0; i < count; i++)
        {
            var received = seed.Now.AddDays(-1).AddMinutes(-i);
            seed.Db.Add(new DataSubjectRequest
            {
                Id = Guid.NewGuid(),
                Kind = (DataRequestKind)(i % 3),
                RequesterName = $"Requester {i}",
                RequesterEmail = People.NewEmail("requester"),
                ReceivedAt = received,
                DueAt = received.AddMonths(1),
                ConfirmedAt = received,
                Status = status,
                CompletedAt = status == DataRequestStatus.Completed ? seed.Now.AddMinutes(-i) : null,
                Outcome = status == DataRequestStatus.Completed ? "Sent the copy." : null,
            });
        }

        return Task.CompletedTask;
    };

    private static Task SeedAuditEntriesAsync(Seeding seed, int count)
    {
        for (var i = 0; i < count; i++)
        {
            seed.Db.Add(new AuditLogEntry
            {
                Id = Guid.NewGuid(),
                At = seed.Now.AddSeconds(-i),
                ActorUserId = seed.PersonId,
                Action = AuditAction.DataRequestViewed,
                SubjectPersonId = Guid.NewGuid(),
                RequestId = Guid.NewGuid(),
                Details = "seeded",
            });
        }

        return Task.CompletedTask;
    }

    private static Task SeedRetentionRunsAsync(Seeding seed, int count)
    {
        for (var i = 0; i < count; i++)
        {
            seed.Db.Add(new RetentionSweepRun
            {
                Id = Guid.NewGuid(),
                StartedAt = seed.Now.AddHours(-i),
                FinishedAt = seed.Now.AddHours(-i).AddSeconds(3),
                DryRun = i % 2 == 0,
                Trigger = (RetentionSweepTrigger)(i % 3),
                TotalRows = i,
            });
        }

        return Task.CompletedTask;
    }

    // Published in the past, so no banner asks the signed-in admin to read them; the significant
    // ones with a finished mailing, so the notices column has something to show.
    private static async Task SeedPolicyVersionsAsync(Seeding seed, int count)
    {
        var last = await seed.Db.Set<PolicyVersion>().MaxAsync(v => v.Number);
        for (var i = 1; i <= count; i++)
        {
            var version = new PolicyVersion
            {
                Id = Guid.NewGuid(),
                Number = last + i,
                PublishedAt = seed.Now.AddYears(-1).AddMinutes(i),
                Significant = i % 2 == 0,
                ChangeSummary = $"Change {last + i}",
                Text = $"Policy text {last + i}",
            };
            seed.Db.Add(version);
            if (version.Significant)
            {
                seed.Db.Add(new PolicyNoticeRun { PolicyVersionId = version.Id, Link = "https://localhost/privacy", Queued = i, FinishedAt = version.PublishedAt });
            }
        }
    }

    private static Task SeedConsentRecordsAsync(Seeding seed, int count)
    {
        for (var i = 0; i < count; i++)
        {
            seed.Db.Add(new ConsentRecord
            {
                PersonId = seed.PersonId,
                Purpose = (ConsentPurpose)(i % 2),
                Given = i % 4 < 2,
                At = seed.Now.AddMinutes(-i),
                Source = ConsentSource.Profile,
                PolicyVersion = 1,
            });
        }

        return Task.CompletedTask;
    }

    // The customer's invoices and credit notes in every status, each with two lines.
    private static Task SeedOwnInvoicesAsync(Seeding seed, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var invoice = new Invoice
            {
                // A year no real invoice has, so these meet no number the portal hands out.
                Id = Guid.NewGuid(), CustomerId = seed.PersonId, Number = $"1998-{Guid.NewGuid():N}"[..20], IssuedOn = seed.Now.AddMinutes(-i),
                DueOn = DateOnly.FromDateTime(seed.Now).AddDays(14 - (i % 30)), Kind = i % 7 == 0 ? InvoiceKind.CreditNote : InvoiceKind.Invoice,
                Status = (InvoiceStatus)(i % 3), TotalExclVat = 20m, TotalVat = 4.20m, Total = 24.20m,
                BillingName = "Seeded", BillingStreet = "Damrak", BillingHouseNumber = "1", BillingPostalCode = "1012 LG", BillingCity = "Amsterdam",
            };
            for (var l = 1; l <= 2; l++)
            {
                invoice.Lines.Add(new InvoiceLine { Id = Guid.NewGuid(), InvoiceId = invoice.Id, Position = l, Description = "Hosting", Quantity = 1, UnitPriceExclVat = 10m, TotalExclVat = 10m, VatRate = 0.21m, IssuedOn = invoice.IssuedOn });
            }

            seed.Db.Add(invoice);
        }

        return Task.CompletedTask;
    }

    // Private and business customers, each with an address, numbered on from the highest.
    private static async Task SeedCustomersAsync(Seeding seed, int count)
    {
        var last = await seed.Db.Customers.MaxAsync(c => (int?)c.Number) ?? CustomerNumbers.First;
        for (var i = 1; i <= count; i++)
        {
            var email = People.NewEmail("listed");
            var user = new PortalUser { Id = Guid.NewGuid(), UserName = email, Email = email, FirstName = $"First{i}", LastName = $"Last{i}", CreatedAt = seed.Now };
            seed.Db.Add(new Customer
            {
                Id = user.Id,
                User = user,
                Number = last + i,
                Kind = i % 3 == 0 ? CustomerKind.Business : CustomerKind.Private,
                CompanyName = i % 3 == 0 ? $"Company {i}" : null,
                CreatedAt = seed.Now,
                Addresses = [new CustomerAddress { Id = Guid.NewGuid(), Kind = AddressKind.Postal, Street = "Damrak", HouseNumber = $"{i}", PostalCode = "1012 LG", City = "Amsterdam" }],
            });
        }
    }

    // Open tickets, some assigned to the signed-in staff member, each with a thread.
    private static Task SeedDeskTicketsAsync(Seeding seed, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var ticket = DeskTickets.New(
                $"Question {i}",
                topic: (TicketTopic)(i % 4),
                status: i % 2 == 0 ? TicketStatus.New : TicketStatus.Open,
                openedAt: seed.Now.AddMinutes(-i),
                assignee: i % 3 == 0 ? seed.PersonId : null);
            DeskTickets.Add(
                seed.Db,
                ticket,
                DeskTickets.FromCustomer(ticket, "Please help.", $"{Guid.NewGuid():N}@mail.example.nl"),
                DeskTickets.FromCustomer(ticket, "Any news?", sentAt: ticket.OpenedAt.AddMinutes(1)));
        }

        return Task.CompletedTask;
    }

    // Both languages and every topic, each title once.
    private static Task SeedCannedRepliesAsync(Seeding seed, int count)
    {
        for (var i = 0; i < count; i++)
        {
            seed.Db.Add(new CannedReply
            {
                Id = Guid.NewGuid(),
                Culture = i % 2 == 0 ? "nl" : "en",
                Topic = i % 5 == 4 ? null : (TicketTopic)(i % 4),
                Title = $"Reply {Guid.NewGuid():N}",
                Body = "Dear {name}, about ticket {ticket}.",
                UpdatedAt = seed.Now.AddMinutes(-i),
            });
        }

        return Task.CompletedTask;
    }

    // The customer's own tickets, each with a message, so that a list reading the thread per row would show.
    private static async Task SeedOwnTicketsAsync(Seeding seed, int count)
    {
        var last = await seed.Db.Set<Ticket>().MaxAsync(t => (int?)t.Number) ?? TicketInbox.FirstNumber;
        for (var i = 1; i <= count; i++)
        {
            var at = seed.Now.AddMinutes(-i);
            var ticket = new Ticket
            {
                Id = Guid.NewGuid(),
                Number = last + i,
                PersonId = seed.PersonId,
                Email = "seeded@example.nl",
                Subject = $"Question {last + i}",
                Topic = (TicketTopic)(i % 4),
                Status = (TicketStatus)(i % 4),
                OpenedAt = at,
                LastMessageAt = at,
            };
            ticket.Messages.Add(new TicketMessage { Id = Guid.NewGuid(), TicketId = ticket.Id, Kind = TicketMessageKind.FromCustomer, Body = "Seeded.", SentAt = at });
            seed.Db.Add(ticket);
        }
    }

    // The signed-in person's calls, every other one recorded, so a list that read the recording or
    // the customer per row would show.
    private static Task SeedCallsAsync(Seeding seed, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var at = seed.Now.AddMinutes(-10 - i);
            var call = new CallRecord
            {
                Id = Guid.NewGuid(),
                PersonId = seed.PersonId,
                ExternalCallId = $"budget-{Guid.NewGuid():N}",
                Direction = (CallDirection)(i % 2),
                CallerNumber = "+31201234567",
                DialledNumber = "+31881234567",
                Agent = "201",
                Status = CallStatus.Ended,
                At = at,
                AnsweredAt = at.AddSeconds(5),
                EndedAt = at.AddSeconds(65),
                DurationSeconds = 60,
            };
            if (i % 2 == 0)
            {
                call.Recording = new CallRecording { Id = Guid.NewGuid(), CallRecordId = call.Id, ContentType = "audio/wav", SizeBytes = 4, EncryptedContent = [1, 2, 3, 4], RecordedAt = at };
            }

            seed.Db.Add(call);
        }

        return Task.CompletedTask;
    }

    private static Task SeedPhoneSystemsAsync(Seeding seed, int count)
    {
        for (var i = 0; i < count; i++)
        {
            seed.Db.Add(new PhoneSystem
            {
                Id = Guid.NewGuid(),
                Name = $"PBX {i}",
                KeyPrefix = $"rk{i:D6}",
                KeyHash = Guid.NewGuid().ToString("N"),
                CreatedAt = seed.Now.AddMinutes(-i),
                RevokedAt = i % 3 == 0 ? seed.Now : null,
            });
        }

        return Task.CompletedTask;
    }

    internal static Task SeedIncidentsAsync(PortalDbContext db, DateTime now, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var incident = new Incident
            {
                Id = Guid.NewGuid(), TitleEn = $"Outage {i}", TitleNl = $"Storing {i}", BodyEn = "Seeded.", BodyNl = "Gezaaid.",
                Status = i % 2 == 0 ? IncidentStatus.Investigating : IncidentStatus.Resolved,
                StartedAt = now.AddMinutes(-i), PublishedAt = now.AddMinutes(-i), ResolvedAt = i % 2 == 0 ? null : now, UpdatedAt = now,
            };
            incident.Scopes.Add(new IncidentScope { Id = Guid.NewGuid(), IncidentId = incident.Id, Platform = $"web{i}" });
            // Two updates each, so the status page shows that its updates cost no query per outage.
            incident.Updates.AddRange(UpdatesOf(incident.Id, now.AddMinutes(-i), 2));
            db.Add(incident);
        }

        return Task.CompletedTask;
    }

    internal static IEnumerable<IncidentUpdate> UpdatesOf(Guid incidentId, DateTime from, int count) =>
        Enumerable.Range(1, count).Select(n => new IncidentUpdate
        {
            Id = Guid.NewGuid(), IncidentId = incidentId, Status = IncidentStatus.Monitoring, BodyEn = $"Update {n}.", BodyNl = $"Update {n}.", PostedAt = from.AddSeconds(n),
        });

    private static Task SeedIncidentsAsync(Seeding seed, int count) => SeedIncidentsAsync(seed.Db, seed.Now, count);

    private static Task SeedOrdersAsync(Seeding seed, int count)
    {
        RedIt.Portal.Tests.Orders.OrdersWorld.AddOrders(seed.Db, seed.PersonId, count, seed.Now);
        return Task.CompletedTask;
    }

    // The spam reports of one mailbox of the customer, under a fixed id so the route can name it.
    private static readonly Guid BudgetMailbox = Guid.Parse("5a1e0000-0000-4000-8000-00000000b0d9");

    private static async Task SeedSpamReportsAsync(Seeding seed, int count)
    {
        if (!await seed.Db.Set<RedIt.Portal.Features.Services.Service>().AnyAsync(s => s.Id == BudgetMailbox))
        {
            var product = new Product
            {
                Id = Guid.NewGuid(), Kind = ProductKind.Mailbox, Code = $"seed-{Guid.NewGuid():N}"[..30], NameEn = "Mailbox", NameNl = "Mailbox",
                PriceExclVat = 2m, SpamFilter = SpamFilterProvider.SpamExperts, CreatedAt = seed.Now,
            };
            seed.Db.AddRange(product, new RedIt.Portal.Features.Services.Service
            {
                Id = BudgetMailbox, CustomerId = seed.PersonId, ProductId = product.Id, Kind = ProductKind.Mailbox, Name = "info@budget.example",
                Status = RedIt.Portal.Features.Services.ServiceStatus.Active, CreatedAt = seed.Now,
            });
        }

        for (var i = 0; i < count; i++)
        {
            seed.Db.Add(new RedIt.Portal.Features.Mailboxes.SpamReport
            {
                Id = Guid.NewGuid(), ServiceId = BudgetMailbox, CustomerId = seed.PersonId, Verdict = (RedIt.Portal.Features.Mailboxes.SpamVerdict)(i % 2),
                Provider = SpamFilterProvider.SpamExperts, Status = (RedIt.Portal.Features.Mailboxes.SpamReportStatus)(i % 3), SizeBytes = 1000 + i,
                ReceivedAt = seed.Now.AddMinutes(-i),
            });
        }
    }

    // The visits of one colocation service of the customer, under a fixed id so the route can name it.
    private static readonly Guid BudgetColocation = Guid.Parse("5a1e0000-0000-4000-8000-0000000c0c01");

    private static async Task SeedOwnVisitsAsync(Seeding seed, int count)
    {
        if (!await seed.Db.Set<RedIt.Portal.Features.Services.Service>().AnyAsync(s => s.Id == BudgetColocation))
        {
            var product = new Product
            {
                Id = Guid.NewGuid(), Kind = ProductKind.Colocation, Code = $"seed-{Guid.NewGuid():N}"[..30], NameEn = "Rack unit", NameNl = "Rackunit",
                PriceExclVat = 10m, RackUnits = 1, CreatedAt = seed.Now,
            };
            seed.Db.AddRange(product, new RedIt.Portal.Features.Services.Service
            {
                Id = BudgetColocation, CustomerId = seed.PersonId, ProductId = product.Id, Kind = ProductKind.Colocation, Name = "Rack unit 1U",
                Status = RedIt.Portal.Features.Services.ServiceStatus.Active, CreatedAt = seed.Now, Platform = "AM1:01:000123:0101",
            });
        }

        AddVisits(seed, seed.PersonId, BudgetColocation, count);
    }

    // Visits of many customers, each with its own rack space, for the staff list.
    private static async Task SeedStaffVisitsAsync(Seeding seed, int count)
    {
        await SeedCustomersAsync(seed, count);
        await seed.Db.SaveChangesAsync();
        var product = new Product
        {
            Id = Guid.NewGuid(), Kind = ProductKind.Colocation, Code = $"seed-{Guid.NewGuid():N}"[..30], NameEn = "Rack unit", NameNl = "Rackunit",
            PriceExclVat = 10m, RackUnits = 1, CreatedAt = seed.Now,
        };
        seed.Db.Add(product);
        var customers = await seed.Db.Customers.OrderByDescending(c => c.Number).Select(c => c.Id).Take(count).ToListAsync();
        foreach (var customer in customers)
        {
            var service = new RedIt.Portal.Features.Services.Service
            {
                Id = Guid.NewGuid(), CustomerId = customer, ProductId = product.Id, Kind = ProductKind.Colocation, Name = "Rack unit 1U",
                Status = RedIt.Portal.Features.Services.ServiceStatus.Active, CreatedAt = seed.Now,
            };
            seed.Db.Add(service);
            AddVisits(seed, customer, service.Id, 1);
        }
    }

    private static void AddVisits(Seeding seed, Guid customerId, Guid serviceId, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var visit = new RedIt.Portal.Features.Colocation.DatacenterVisit
            {
                Id = Guid.NewGuid(), ServiceId = serviceId, CustomerId = customerId, StartsAt = seed.Now.AddDays(2).AddHours(i), EndsAt = seed.Now.AddDays(2).AddHours(i + 2),
                Rack = "AM1:01:000123:0101", Status = (RedIt.Portal.Features.Colocation.VisitStatus)(i % 4), RequestedAt = seed.Now.AddMinutes(-i),
                DeclineReason = i % 4 == 2 ? "Closed that day." : null, SendStatus = (RedIt.Portal.Features.Colocation.DatacenterSendStatus)(i % 6),
            };
            visit.Visitors.Add(new RedIt.Portal.Features.Colocation.DatacenterVisitor { Id = Guid.NewGuid(), VisitId = visit.Id, FirstName = $"First{i}", LastName = $"Last{i}" });
            visit.Visitors.Add(new RedIt.Portal.Features.Colocation.DatacenterVisitor { Id = Guid.NewGuid(), VisitId = visit.Id, FirstName = $"Second{i}", LastName = $"Visitor{i}" });
            seed.Db.Add(visit);
        }
    }

    private static Task SeedServicesAsync(Seeding seed, int count)
    {
        RedIt.Portal.Tests.Orders.OrdersWorld.AddServices(seed.Db, seed.PersonId, count, seed.Now);
        return Task.CompletedTask;
    }

    private static Task SeedInvoicesAsync(Seeding seed, int count) =>
        RedIt.Portal.Tests.Billing.Finance.FinanceWorld.AddInvoicesAsync(seed.Db, seed.Now, count);

    // Actor: a staff role, Customer or Anonymous. Seed adds rows through the DbContext; the test saves them.
    private sealed record ListPage(string Route, string Actor, Func<Seeding, int, Task> Seed);

    private sealed record Seeding(PortalDbContext Db, Guid PersonId, DateTime Now);
}
