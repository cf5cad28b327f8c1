using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.DataRequests;
using RedIt.Portal.Features.Retention;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Tests.Consent;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Support.Desk;
using RedIt.Privacy;

namespace RedIt.Portal.Tests.Security.Authorization;

// A portal of its own (the matrix signs everyone out at the end) with one person per actor, and
// customer A's things for the rows that take an id: B and the staff try the same ids.
public sealed class MatrixWorld : IAsyncLifetime
{
    private readonly Dictionary<Actor, Browserless> _browsers = [];
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

    public PortalFactory Portal { get; } = new LongStampCheckPortal();

    public Browserless Browser(Actor actor) => _browsers[actor];

    // "/admin/requests/{request}" with customer A's request id, "{ticket}" with the number of A's ticket, "{attachment}" a file on it.
    public string Fill(string text) => _ids.Aggregate(text, (filled, id) => filled.Replace("{" + id.Key + "}", id.Value, StringComparison.Ordinal));

    public async Task InitializeAsync()
    {
        _browsers[Actor.Anonymous] = new Browserless(Portal.CreateClient());
        var (customerA, emailA) = await People.SignedInCustomerAsync(Portal);
        _browsers[Actor.CustomerA] = customerA;
        _browsers[Actor.CustomerB] = (await People.SignedInCustomerAsync(Portal)).Browser;
        foreach (var (actor, role) in new[] { (Actor.Support, PortalRoles.Support), (Actor.Sales, PortalRoles.Sales), (Actor.Finance, PortalRoles.Finance), (Actor.Admin, PortalRoles.Admin) })
        {
            (_browsers[actor], var staffEmail) = await Staff.SignedInAsync(Portal, role);
            _ids["staff:" + role] = staffEmail;
        }

        var exportForm = await customerA.GetAsync("/profile/data/export");
        var ready = await customerA.SubmitAndFollowAsync(exportForm, new Dictionary<string, string>(StringComparer.Ordinal) { ["CurrentPassword"] = People.Password });
        _ids["exportToken"] = ready.Document.QuerySelector("input[name='token']")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No download token on " + ready.Heading);

        var deleteForm = await customerA.GetAsync("/profile/data/delete");
        var deleted = await customerA.SubmitAndFollowAsync(deleteForm, new Dictionary<string, string>(StringComparer.Ordinal) { ["CurrentPassword"] = People.Password });
        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        _ids["request"] = (await Portal.WithDbAsync(db => db.Set<DataSubjectRequest>().Where(r => r.RequesterEmail == emailA).Select(r => r.Id).SingleAsync())).ToString();

        var run = new RetentionSweepRun { Id = Guid.NewGuid(), StartedAt = DateTime.UtcNow, FinishedAt = DateTime.UtcNow, DryRun = true, Trigger = RetentionSweepTrigger.Admin };
        await Portal.WithDbAsync(async db =>
        {
            db.Add(run);
            return await db.SaveChangesAsync();
        });
        _ids["run"] = run.Id.ToString();
        _ids["mail"] = Guid.NewGuid().ToString();
        // No step has this id: the retry route answers as for a step that cannot be tried again.
        _ids["step"] = Guid.NewGuid().ToString();

        var canned = new CannedReply { Id = Guid.NewGuid(), Culture = "en", Title = "Matrix reply", Body = "Dear {name},", UpdatedAt = DateTime.UtcNow };
        await Portal.WithDbAsync(async db =>
        {
            db.Add(canned);
            return await db.SaveChangesAsync();
        });
        _ids["canned"] = canned.Id.ToString();

        var product = new Product { Id = Guid.NewGuid(), Kind = ProductKind.Hosting, Code = "matrix-" + Guid.NewGuid().ToString("N")[..12], NameEn = "Matrix hosting", NameNl = "Matrixhosting", PriceExclVat = 1m, CreatedAt = DateTime.UtcNow };
        await Portal.WithDbAsync(db =>
        {
            db.Add(product);
            return db.SaveChangesAsync();
        });
        _ids["product"] = product.Id.ToString();

        var customerAId = await Portal.WithDbAsync(db => db.Users.Where(u => u.Email == emailA).Select(u => u.Id).SingleAsync());
        _ids["customer"] = (await Portal.WithDbAsync(db => db.Customers.Where(c => c.Id == customerAId).Select(c => c.Number).SingleAsync()))
            .ToString(CultureInfo.InvariantCulture);
        await using (var scope = Portal.Services.CreateAsyncScope())
        {
            var ticket = await scope.ServiceProvider.GetRequiredService<TicketInbox>()
                .OpenAsync(new NewTicket(customerAId, emailA, "Jan Jansen", TicketTopic.Support, "A's question", "Only A may read this."));
            _ids["ticket"] = ticket.Number.ToString(CultureInfo.InvariantCulture);
            var file = await RedIt.Portal.Tests.Support.TestFiles.AttachAsync(Portal, ticket.Messages[0].Id, "screenshot.png", RedIt.Portal.Tests.Support.TestFiles.Png());
            _ids["attachment"] = file.Id.ToString();
            var hold = new LegalHold
            {
                Id = Guid.NewGuid(), Entity = "TicketAttachment", RowKey = file.Id.ToString(), PersonId = customerAId,
                Reason = "Matrix dispute", PlacedById = customerAId, PlacedAt = DateTime.UtcNow,
            };
            await Portal.WithDbAsync(db =>
            {
                db.Add(hold);
                return db.SaveChangesAsync();
            });
            _ids["hold"] = hold.Id.ToString();
        }

        await RedIt.Portal.Tests.Calls.CallsWorld.SeedAsync(Portal, customerAId, _ids);
        await OrderAsync(customerAId);
        await CollectionAsync(customerAId);
        await CertificateAsync(customerAId);
        await IncidentAsync();
        await RecoveryCaseAsync(customerAId, _ids["staff:" + PortalRoles.Support]);
    }

    // A's Let's Encrypt certificate with its key, and the http-01 challenge of its next order.
    private async Task CertificateAsync(Guid customerAId)
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RedIt.Portal.Data.PortalDbContext>();
        var service = new RedIt.Portal.Features.Services.Service
        {
            Id = Guid.NewGuid(), CustomerId = customerAId, ProductId = Guid.Parse(_ids["product"]), Kind = ProductKind.SslCertificate,
            Name = "secure.matrix.example", Status = RedIt.Portal.Features.Services.ServiceStatus.Active, CreatedAt = DateTime.UtcNow,
        };
        using var key = System.Security.Cryptography.ECDsa.Create();
        var now = DateTimeOffset.UtcNow;
        using var certificate = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=secure.matrix.example", key, System.Security.Cryptography.HashAlgorithmName.SHA256)
            .CreateSelfSigned(now.AddDays(-1), now.AddDays(89));
        var keys = scope.ServiceProvider.GetRequiredService<RedIt.Portal.Features.Certificates.CertificatePrivateKeys>();
        db.AddRange(service, new RedIt.Portal.Features.Certificates.IssuedCertificate
        {
            Id = Guid.NewGuid(), ServiceId = service.Id, CommonName = service.Name, Issuer = "Let's Encrypt", ChainPem = certificate.ExportCertificatePem(),
            ProtectedPrivateKey = keys.Protect(key.ExportPkcs8PrivateKeyPem()), NotBefore = now.UtcDateTime.AddDays(-1), NotAfter = now.UtcDateTime.AddDays(89), IssuedAt = now.UtcDateTime,
        }, new RedIt.Portal.Features.Certificates.Acme.PendingAcmeOrder
        {
            Id = Guid.NewGuid(), ServiceId = service.Id, DirectoryUrl = "https://acme.matrix/directory", OrderUrl = "https://acme.matrix/order/1",
            ProtectedCertificateKey = keys.Protect(key.ExportPkcs8PrivateKeyPem()), ChallengeToken = "matrix-token", KeyAuthorization = "matrix-token.thumbprint", CreatedAt = now.UtcDateTime,
        });
        await db.SaveChangesAsync();
        _ids["certificate"] = service.Id.ToString();
        _ids["challenge"] = "matrix-token";
    }

    // Draft outages on a platform nobody has a service on, so publishing one mails nobody; one to
    // publish and resolve, one that stays a draft to edit, and one published to post updates on.
    private async Task IncidentAsync()
    {
        foreach (var (key, published) in new[] { ("incident", false), ("draftIncident", false), ("liveIncident", true) })
        {
            var incident = new RedIt.Portal.Features.Incidents.Incident
            {
                Id = Guid.NewGuid(), TitleEn = "Matrix outage", TitleNl = "Matrixstoring", BodyEn = "Testing.", BodyNl = "Test.",
                StartedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow, PublishedAt = published ? DateTime.UtcNow : null,
                Status = published ? RedIt.Portal.Features.Incidents.IncidentStatus.Investigating : RedIt.Portal.Features.Incidents.IncidentStatus.Draft,
            };
            incident.Scopes.Add(new RedIt.Portal.Features.Incidents.IncidentScope { Id = Guid.NewGuid(), IncidentId = incident.Id, Platform = "matrix-nowhere" });
            await Portal.WithDbAsync(db =>
            {
                db.Add(incident);
                return db.SaveChangesAsync();
            });
            _ids[key] = incident.Id.ToString();
        }
    }

    // Customer A's open invoice, numbered in a year no real invoice has, with a payment started
    // at the test provider, whose checkout page then knows it.
    private async Task InvoiceAsync(Guid customerAId)
    {
        var invoice = new RedIt.Portal.Features.Billing.Invoice
        {
            Id = Guid.NewGuid(), CustomerId = customerAId, Number = "1999-000001", IssuedOn = DateTime.UtcNow, DueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14),
            Status = RedIt.Portal.Features.Billing.InvoiceStatus.Open, Culture = "en", TotalExclVat = 10m, TotalVat = 2.10m, Total = 12.10m,
            BillingName = "Matrix Customer", BillingStreet = "Matrixstraat", BillingHouseNumber = "1", BillingPostalCode = "1012 LG", BillingCity = "Amsterdam",
        };
        invoice.Lines.Add(new RedIt.Portal.Features.Billing.InvoiceLine
        {
            Id = Guid.NewGuid(), InvoiceId = invoice.Id, Position = 1, Description = "Colocation 1U", Quantity = 1, UnitPriceExclVat = 10m, TotalExclVat = 10m, VatRate = 0.21m, IssuedOn = invoice.IssuedOn,
        });
        var payment = new RedIt.Portal.Features.Billing.PaymentRecord
        {
            Id = Guid.NewGuid(), InvoiceId = invoice.Id, Reference = "1999-000001-matrixpayment", Provider = "Test", Method = "", Amount = 12.10m,
            Status = RedIt.Portal.Features.Billing.PaymentStatus.Initiated, At = DateTime.UtcNow,
        };
        await Portal.WithDbAsync(db =>
        {
            db.Add(invoice);
            db.Add(payment);
            return db.SaveChangesAsync();
        });
        Portal.Services.GetRequiredService<RedIt.Portal.Features.Billing.Payments.TestProvider.TestPaymentLedger>().Open(payment.Reference, payment.Amount);
        _ids["invoice"] = invoice.Number;
        _ids["payment"] = payment.Reference;
    }

    // Customer A's invoice past its 14-day letter, ready for collection, and an earlier one already
    // in a claim with DAS Incasso, numbered in a year no real invoice has.
    private async Task CollectionAsync(Guid customerAId)
    {
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        RedIt.Portal.Features.Billing.Invoice Overdue(string number) => new()
        {
            Id = Guid.NewGuid(), CustomerId = customerAId, Number = number, IssuedOn = now.AddDays(-70), DueOn = today.AddDays(-56),
            Status = RedIt.Portal.Features.Billing.InvoiceStatus.Open, Culture = "en", TotalExclVat = 10m, TotalVat = 2.10m, Total = 12.10m,
            BillingName = "Matrix Customer", BillingStreet = "Matrixstraat", BillingHouseNumber = "1", BillingPostalCode = "1012 LG", BillingCity = "Amsterdam",
        };
        var overdue = Overdue("1997-000001");
        var claimed = Overdue("1997-000002");
        var claim = new RedIt.Portal.Features.Billing.Collection.CollectionClaim
        {
            Id = Guid.NewGuid(), CustomerId = customerAId, Reference = "RIT-1997-000002", State = RedIt.Portal.Features.Billing.Collection.CollectionClaimState.HandedOver,
            HandedOverAt = now, StateChangedAt = now, CollectorReference = "DAS-MATRIX-1",
            Payload = """{"debtor":{"name":"Matrix Customer","street":"Matrixstraat","houseNumber":"1","postalCode":"1012 LG","city":"Amsterdam","countryCode":"NL"},"invoices":[{"number":"1997-000002","issuedOn":"1997-01-01","dueOn":"1997-01-15","amount":12.10,"pdfBase64":""}],"communications":[],"reference":"RIT-1997-000002"}""",
        };
        claim.Invoices.Add(new RedIt.Portal.Features.Billing.Collection.CollectionClaimInvoice { ClaimId = claim.Id, InvoiceId = claimed.Id });
        await Portal.WithDbAsync(db =>
        {
            db.AddRange(overdue, claimed, claim);
            foreach (var (kind, daysAgo, lastDay) in new[]
            {
                (RedIt.Portal.Features.Billing.Collection.InvoiceCommunicationKind.Reminder1, 49, (DateOnly?)null),
                (RedIt.Portal.Features.Billing.Collection.InvoiceCommunicationKind.Reminder2, 35, null),
                (RedIt.Portal.Features.Billing.Collection.InvoiceCommunicationKind.FourteenDayLetter, 28, today.AddDays(-14)),
            })
            {
                db.Add(new RedIt.Portal.Features.Billing.Collection.InvoiceCommunication
                {
                    Id = Guid.NewGuid(), InvoiceId = overdue.Id, Kind = kind, SentAt = now.AddDays(-daysAgo), Culture = "en", Subject = "Matrix " + kind,
                    Text = "Dear Matrix Customer,", LastDayToPay = lastDay, CollectionCosts = lastDay is null ? null : 40m,
                });
            }

            return db.SaveChangesAsync();
        });
        _ids["overdueInvoice"] = overdue.Number;
        _ids["claim"] = claim.Id.ToString();
    }

    // Customer A's order, numbered in a year no real order has, so it meets no number the portal hands out.
    private async Task OrderAsync(Guid customerAId)
    {
        var order = new RedIt.Portal.Features.Orders.Order
        {
            Id = Guid.NewGuid(), Number = "ORD-1999-000001", CustomerId = customerAId, PlacedAt = DateTime.UtcNow, TotalExclVat = 10m,
            Status = RedIt.Portal.Features.Orders.OrderStatus.AwaitingPayment,
        };
        order.Lines.Add(new RedIt.Portal.Features.Orders.OrderLine
        {
            Id = Guid.NewGuid(), OrderId = order.Id, ProductId = Guid.Parse(_ids["product"]), ProductKind = RedIt.Portal.Features.Catalog.ProductKind.Colocation,
            Description = "Colocation 1U", Quantity = 1, PeriodMonths = 1, UnitPriceExclVat = 10m, TotalExclVat = 10m,
        });
        var service = new RedIt.Portal.Features.Services.Service
        {
            Id = Guid.NewGuid(), CustomerId = customerAId, ProductId = Guid.Parse(_ids["product"]), Kind = RedIt.Portal.Features.Catalog.ProductKind.DomainExtension,
            Name = "matrix.example", Status = RedIt.Portal.Features.Services.ServiceStatus.Active, CreatedAt = DateTime.UtcNow, SupplierReference = "matrix",
        };
        await Portal.WithDbAsync(db =>
        {
            db.Add(order);
            db.Add(service);
            return db.SaveChangesAsync();
        });
        _ids["order"] = order.Number;
        _ids["service"] = service.Id.ToString();
        await InvoiceAsync(customerAId);

        // A's transfer whose auth code was refused: it waits for A's new code.
        var transfer = new RedIt.Portal.Features.Services.Service
        {
            Id = Guid.NewGuid(), CustomerId = customerAId, ProductId = Guid.Parse(_ids["product"]), Kind = RedIt.Portal.Features.Catalog.ProductKind.DomainExtension,
            Name = "matrix-transfer.example", Status = RedIt.Portal.Features.Services.ServiceStatus.Pending, CreatedAt = DateTime.UtcNow,
        };
        await Portal.WithDbAsync(db =>
        {
            db.Add(transfer);
            db.Add(new RedIt.Portal.Features.Orders.ProvisioningStep
            {
                Id = Guid.NewGuid(), OrderId = order.Id, ServiceId = transfer.Id, Kind = RedIt.Portal.Features.Orders.ProvisioningStepKind.TransferDomain,
                Status = RedIt.Portal.Features.Orders.ProvisioningStepStatus.WaitingForCustomer, IdempotencyKey = "matrix-transfer-" + Guid.NewGuid().ToString("N"),
                NextAttemptAt = DateTime.UtcNow, CreatedAt = DateTime.UtcNow,
            });
            return db.SaveChangesAsync();
        });
        _ids["transfer"] = transfer.Id.ToString();

        // A's mailbox, filtered by SpamExperts, for the spam reports.
        var mailboxProduct = new Product
        {
            Id = Guid.NewGuid(), Kind = ProductKind.Mailbox, Code = "matrix-" + Guid.NewGuid().ToString("N")[..12], NameEn = "Matrix mailbox", NameNl = "Matrixmailbox",
            PriceExclVat = 1m, SpamFilter = SpamFilterProvider.SpamExperts, CreatedAt = DateTime.UtcNow,
        };
        var mailbox = new RedIt.Portal.Features.Services.Service
        {
            Id = Guid.NewGuid(), CustomerId = customerAId, ProductId = mailboxProduct.Id, Kind = ProductKind.Mailbox,
            Name = "info@matrix.example", Status = RedIt.Portal.Features.Services.ServiceStatus.Active, CreatedAt = DateTime.UtcNow,
        };
        await Portal.WithDbAsync(db =>
        {
            db.AddRange(mailboxProduct, mailbox);
            return db.SaveChangesAsync();
        });
        _ids["mailbox"] = mailbox.Id.ToString();

        // A's rack space with a visit that waits for Support: A cancels it, staff decide on it.
        var colocation = new RedIt.Portal.Features.Services.Service
        {
            Id = Guid.NewGuid(), CustomerId = customerAId, ProductId = Guid.Parse(_ids["product"]), Kind = ProductKind.Colocation,
            Name = "Matrix rack unit", Status = RedIt.Portal.Features.Services.ServiceStatus.Active, CreatedAt = DateTime.UtcNow, Platform = "AM1:01:MATRIX",
        };
        var visit = new RedIt.Portal.Features.Colocation.DatacenterVisit
        {
            Id = Guid.NewGuid(), ServiceId = colocation.Id, CustomerId = customerAId, StartsAt = DateTime.UtcNow.AddDays(3), EndsAt = DateTime.UtcNow.AddDays(3).AddHours(2),
            Rack = "AM1:01:MATRIX", Status = RedIt.Portal.Features.Colocation.VisitStatus.Requested, RequestedAt = DateTime.UtcNow,
        };
        visit.Visitors.Add(new RedIt.Portal.Features.Colocation.DatacenterVisitor { Id = Guid.NewGuid(), VisitId = visit.Id, FirstName = "Marieke", LastName = "Bezoeker" });
        await Portal.WithDbAsync(db =>
        {
            db.AddRange(colocation, visit);
            return db.SaveChangesAsync();
        });
        _ids["colocation"] = colocation.Id.ToString();
        _ids["visit"] = visit.Id.ToString();
    }

    // Customer A's business case, its address confirmed, taken by the Support actor.
    private async Task RecoveryCaseAsync(Guid customerAId, string reviewerEmail)
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RedIt.Portal.Data.PortalDbContext>();
        var reviewerId = await db.Users.Where(u => u.Email == reviewerEmail).Select(u => u.Id).SingleAsync();
        var cases = scope.ServiceProvider.GetRequiredService<RedIt.Portal.Features.AccountRecovery.RecoveryCases>();
        var recovery = cases.Open(customerAId, c =>
        {
            c.NewEmail = People.NewEmail("recovered");
            c.CustomerKind = RedIt.Portal.Features.Customers.CustomerKind.Business;
            c.DirectorAuthority = RedIt.Portal.Features.AccountRecovery.DirectorAuthority.Sole;
            c.DirectorCount = 1;
            c.NewEmailConfirmedAt = DateTime.UtcNow;
            c.ReviewerId = reviewerId;
        });
        var document = cases.AddDocument(recovery, RedIt.Portal.Features.AccountRecovery.RecoveryDocumentKind.IdentityCopy, "id.png", "image/png", RedIt.Portal.Tests.Support.TestFiles.Png());
        await db.SaveChangesAsync();
        _ids["recovery"] = recovery.Id.ToString();
        _ids["recoveryDocument"] = document.Id.ToString();
    }

    public Task DisposeAsync()
    {
        Portal.Dispose();
        return Task.CompletedTask;
    }

    // The matrix asks who may use each route, with one sign-in per actor for the whole run. Some
    // rows change an actor's account (recovery codes, consent), and a slow machine takes longer
    // than the minute after which the portal checks the security stamp again, which would sign the
    // actor out halfway. That check is proved where sessions are tested; here it waits an hour.
    private sealed class LongStampCheckPortal : PortalFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            Microsoft.AspNetCore.TestHost.WebHostBuilderExtensions.ConfigureTestServices(builder, services => services.Configure<Microsoft.AspNetCore.Identity.SecurityStampValidatorOptions>(stamp => stamp.ValidationInterval = TimeSpan.FromHours(1)));
        }
    }
}
