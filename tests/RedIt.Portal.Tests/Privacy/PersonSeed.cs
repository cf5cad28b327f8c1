using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RedIt.Portal.Data;
using RedIt.Portal.Features.AccountRecovery;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Billing;
using RedIt.Portal.Features.Billing.Collection;
using RedIt.Portal.Features.Calls;
using RedIt.Portal.Features.Consent;
using RedIt.Portal.Features.Contact;
using RedIt.Portal.Features.DataRequests;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.ErrorReports;
using RedIt.Portal.Features.PolicyVersions;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Features.Disclosures;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Certificates;
using RedIt.Portal.Features.Colocation;
using RedIt.Portal.Features.Domains;
using RedIt.Portal.Features.Incidents;
using RedIt.Portal.Features.Mailboxes;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Billing.Renewals;
using RedIt.Portal.Features.Services;

namespace RedIt.Portal.Tests.Privacy;

// One person with data in every kind of row that has a subject, each value carrying the person's
// own tag so a scan of the database can find it. A new entity gets one method here and a line in AllAsync.
public sealed class PersonSeed
{
    private const string TagLetters = "ghjkmnpqrstvwxyz";
    private static int _invoiceCounter = RandomNumberGenerator.GetInt32(1_000_000);
    private static int _ticketCounter = RandomNumberGenerator.GetInt32(1_000_000);

    private readonly PortalFactory _portal;

    public PersonSeed(PortalFactory portal)
    {
        _portal = portal;
        // Letters that never occur in hexadecimal, so no Guid stored as text can contain the tag by chance.
        Tag = "zq" + new string(Enumerable.Range(0, 10).Select(_ => TagLetters[RandomNumberGenerator.GetInt32(TagLetters.Length)]).ToArray());
        Email = $"{Tag}@example.nl";
        FirstName = "Fenna" + Tag;
        LastName = "Zwart" + Tag;
        Subscriber = string.Create(CultureInfo.InvariantCulture, $"{RandomNumberGenerator.GetInt32(2, 9)}{RandomNumberGenerator.GetInt32(1_000_000):D6}");
        IpAddress = string.Create(CultureInfo.InvariantCulture, $"2001:db8:{RandomNumberGenerator.GetInt32(0x10000):x4}:{RandomNumberGenerator.GetInt32(0x10000):x4}::7");
    }

    public string Tag { get; }

    public string Email { get; }

    public string FirstName { get; }

    public string LastName { get; }

    // The Amsterdam subscriber number: 020-<Subscriber>, +3120<Subscriber>.
    public string Subscriber { get; }

    public string IpAddress { get; }

    public string CallerNumber => "+3120" + Subscriber;

    public Guid PersonId { get; private set; }

    // What a scan of the database looks for.
    public IReadOnlyList<string> Identifiers => [Tag, Subscriber, IpAddress];

    public static DateTime Now => DateTime.UtcNow;

    public async Task<PersonSeed> AllAsync()
    {
        var now = Now;
        await CustomerAsync();
        await ContactMessageAsync(now);
        await AnonymousContactMessageAsync(now);
        await TicketAsync(now, closedAt: null, messageSentAt: now);
        var (invoice, _) = await InvoiceAsync(now);
        await CollectionAsync(now, invoice);
        await RecoveryCaseAsync(now, documentUploadedAt: now);
        await CallAsync(now, recordedAt: now);
        await ErrorReportAsync(now);
        await DisclosureAsync(now);
        await ConsentAsync(now);
        await PolicyAcknowledgementAsync(now);
        await DataRequestAsync(now);
        await QueuedMailAsync(now);
        await OrderedServicesAsync(now);
        return this;
    }

    public async Task<Guid> CustomerAsync(bool confirmed = true)
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        var registration = scope.ServiceProvider.GetRequiredService<RedIt.Portal.Features.Customers.CustomerRegistration>();
        var result = await registration.RegisterAsync(new RegisterInput
        {
            FirstName = FirstName,
            LastName = LastName,
            PhoneNumber = "020-" + Subscriber,
            Address = new() { Street = "Tagstraat" + Tag, HouseNumber = "7", PostalCode = "1012 LG", City = "Stad" + Tag, CountryCode = "NL" },
            HasBillingAddress = true,
            BillingAddress = new() { Street = "Factuurweg" + Tag, HouseNumber = "9", PostalCode = "1012 LG", City = "Stad" + Tag, CountryCode = "NL" },
            Email = Email,
            Password = People.Password,
            ConfirmPassword = People.Password,
            AcceptPrivacyPolicy = true,
        });
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
        PersonId = result.User.Id;
        if (confirmed)
        {
            // As after following the link in the confirmation mail.
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = await users.FindByIdAsync(PersonId.ToString());
            Assert.True((await users.ConfirmEmailAsync(user!, await users.GenerateEmailConfirmationTokenAsync(user!))).Succeeded);
        }

        return PersonId;
    }

    public Task<Guid> ContactMessageAsync(DateTime receivedAt) => AddAsync(new ContactMessage
    {
        Id = Guid.NewGuid(),
        PersonId = PersonId,
        Email = Email,
        Name = $"{FirstName} {LastName}",
        Message = $"Mijn website {Tag}.nl doet het niet",
        SenderIp = IpAddress,
        ReceivedAt = receivedAt,
    });

    // Sent through the contact form while signed out, with the address typed in capitals: it is
    // still the person's, found by their confirmed address.
    public Task<Guid> AnonymousContactMessageAsync(DateTime receivedAt) => AddAsync(new ContactMessage
    {
        Id = Guid.NewGuid(),
        Email = Email.ToUpperInvariant(),
        Message = $"Vraag zonder account over {Tag}",
        SenderIp = IpAddress,
        ReceivedAt = receivedAt,
    });

    public async Task<(Guid Ticket, Guid Message)> TicketAsync(DateTime openedAt, DateTime? closedAt, DateTime messageSentAt)
    {
        var ticket = new Ticket
        {
            Id = Guid.NewGuid(),
            PersonId = PersonId,
            Number = Interlocked.Increment(ref _ticketCounter),
            Email = Email,
            Subject = $"Storing bij {Tag}.nl",
            Status = closedAt is null ? TicketStatus.Open : TicketStatus.Closed,
            OpenedAt = openedAt,
            ClosedAt = closedAt,
        };
        var message = new TicketMessage
        {
            Id = Guid.NewGuid(),
            TicketId = ticket.Id,
            AuthorUserId = PersonId,
            Body = $"Groet, {FirstName}",
            Html = $"<p>Groet, <b>{FirstName}</b></p>",
            SentAt = messageSentAt,
        };
        var attachment = new TicketAttachment
        {
            Id = Guid.NewGuid(),
            MessageId = message.Id,
            FileName = $"foutmelding-{Tag}.png",
            ContentType = "image/png",
            Size = 3,
            EncryptedContent = [1, 2, 3],
            UploadedAt = messageSentAt,
        };
        await SaveAsync(ticket, message, attachment);
        return (ticket.Id, message.Id);
    }

    public async Task<(Guid Invoice, Guid Payment)> InvoiceAsync(DateTime issuedOn)
    {
        var number = string.Create(CultureInfo.InvariantCulture, $"T{Interlocked.Increment(ref _invoiceCounter):D9}");
        var invoice = new Invoice
        {
            Id = Guid.NewGuid(),
            CustomerId = PersonId,
            Number = number,
            IssuedOn = issuedOn,
            DueOn = DateOnly.FromDateTime(issuedOn).AddDays(14),
            TotalExclVat = 100.00m,
            TotalVat = 21.00m,
            Total = 121.00m,
            BillingName = $"{FirstName} {LastName}",
            BillingStreet = "Factuurweg" + Tag,
            BillingHouseNumber = "9",
            BillingPostalCode = "1012 LG",
            BillingCity = "Stad" + Tag,
            BillingCountryCode = "NL",
            Email = Email,
        };
        invoice.Lines.Add(new InvoiceLine
        {
            Id = Guid.NewGuid(),
            InvoiceId = invoice.Id,
            Position = 1,
            Description = "Webhosting voor site" + Tag + ".nl",
            Quantity = 1,
            UnitPriceExclVat = 100.00m,
            TotalExclVat = 100.00m,
            VatRate = 0.21m,
            IssuedOn = issuedOn,
        });
        var payment = new PaymentRecord
        {
            Id = Guid.NewGuid(),
            InvoiceId = invoice.Id,
            Reference = number + "-" + Guid.NewGuid().ToString("N")[..8],
            Provider = "MultiSafepay",
            Method = "iDEAL",
            MaskedReference = $"NL** {Tag} **34",
            Amount = 121.00m,
            Status = PaymentStatus.Completed,
            At = issuedOn,
        };
        await SaveAsync(invoice, payment);
        return (invoice.Id, payment.Id);
    }

    // The invoice's 14-day letter as mailed, and the claim it went to DAS Incasso in, with the request as sent.
    public async Task<(Guid Letter, Guid Claim)> CollectionAsync(DateTime at, Guid invoiceId)
    {
        var letter = new InvoiceCommunication
        {
            Id = Guid.NewGuid(),
            InvoiceId = invoiceId,
            Kind = InvoiceCommunicationKind.FourteenDayLetter,
            SentAt = at,
            Culture = "nl",
            Subject = $"Aanmaning voor {FirstName}",
            Text = $"Beste {FirstName} {LastName},\n\nBetaal binnen 14 dagen.",
            LastDayToPay = DateOnly.FromDateTime(at).AddDays(14),
            CollectionCosts = 40m,
        };
        var claim = new CollectionClaim
        {
            Id = Guid.NewGuid(),
            CustomerId = PersonId,
            Reference = "RIT-" + Guid.NewGuid().ToString("N"),
            State = CollectionClaimState.HandedOver,
            HandedOverAt = at,
            StateChangedAt = at,
            CollectorReference = "DAS-" + Tag,
            Payload = $$"""{"debtor":{"name":"{{FirstName}} {{LastName}}","street":"Factuurweg{{Tag}}"},"reference":"RIT"}""",
        };
        claim.Invoices.Add(new CollectionClaimInvoice { ClaimId = claim.Id, InvoiceId = invoiceId });
        await SaveAsync(letter, claim);
        return (letter.Id, claim.Id);
    }

    public static byte[] DocumentContent(string tag) => Encoding.UTF8.GetBytes($"PASPOORT {tag} NEDERLAND");

    public async Task<(Guid Case, Guid Document)> RecoveryCaseAsync(DateTime openedAt, DateTime documentUploadedAt)
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var protection = scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>();
        var recovery = new RecoveryCases(db, protection, new FakeTimeProvider(openedAt)).Open(PersonId, c => c.NewEmail = $"new-{Tag}@example.nl");
        var document = new RecoveryCases(db, protection, new FakeTimeProvider(documentUploadedAt))
            .AddDocument(recovery, RecoveryDocumentKind.IdentityCopy, $"paspoort-{Tag}.pdf", "application/pdf", DocumentContent(Tag));
        await db.SaveChangesAsync();
        return (recovery.Id, document.Id);
    }

    public async Task<(Guid Call, Guid Recording)> CallAsync(DateTime at, DateTime recordedAt)
    {
        var call = new CallRecord { Id = Guid.NewGuid(), PersonId = PersonId, CallerNumber = CallerNumber, At = at };
        var recording = new CallRecording
        {
            Id = Guid.NewGuid(),
            CallRecordId = call.Id,
            ContentType = "audio/ogg",
            EncryptedContent = [0x4f, 0x67, 0x67, 0x53, 1, 2, 3],
            SizeBytes = 7,
            RecordedAt = recordedAt,
        };
        await SaveAsync(call, recording);
        return (call.Id, recording.Id);
    }

    // An order with a domain for a registrant, the hosting, colocation and mailbox it became, and
    // what those services gave rise to: a basket, a usage mail, a visit, a spam report, a certificate, an outage mail, a renewal.
    public async Task<Guid> OrderedServicesAsync(DateTime at)
    {
        var product = new Product { Id = Guid.NewGuid(), Kind = ProductKind.Hosting, Code = "seed-" + Guid.NewGuid().ToString("N"), NameEn = "Hosting", NameNl = "Hosting", PriceExclVat = 10m, CreatedAt = at };
        var contact = new DomainContact
        {
            Id = Guid.NewGuid(), CustomerId = PersonId, FirstName = FirstName, LastName = LastName, Gender = RegistrantGender.Female,
            CompanyName = "Bedrijf" + Tag, Street = "Tagstraat" + Tag, HouseNumber = "7", PostalCode = "1012 LG", City = "Stad" + Tag,
            PhoneNumber = "+3120" + Subscriber, Email = Email, CreatedAt = at,
        };
        var service = new Service { Id = Guid.NewGuid(), CustomerId = PersonId, ProductId = product.Id, Kind = ProductKind.Hosting, Name = $"{Tag}.nl", Status = ServiceStatus.Active, CreatedAt = at };
        var order = new Order { Id = Guid.NewGuid(), Number = "O-" + Tag, CustomerId = PersonId, Status = OrderStatus.AwaitingPayment, PlacedAt = at, TotalExclVat = 10m };
        order.Lines.Add(new OrderLine
        {
            Id = Guid.NewGuid(), OrderId = order.Id, ProductId = product.Id, ProductKind = ProductKind.DomainExtension, Description = $"Domain {Tag}.nl",
            PeriodMonths = 12, UnitPriceExclVat = 10m, TotalExclVat = 10m, DomainName = $"{Tag}.nl", DomainAction = DomainAction.Register,
            DomainContactId = contact.Id, ServiceId = service.Id,
        });
        var visit = new DatacenterVisit { Id = Guid.NewGuid(), ServiceId = service.Id, CustomerId = PersonId, StartsAt = at, EndsAt = at.AddHours(2), Rack = "R1", RequestedAt = at, DeclineReason = "Rack closed for " + Tag };
        visit.Visitors.Add(new DatacenterVisitor { Id = Guid.NewGuid(), VisitId = visit.Id, FirstName = "Bezoeker" + Tag, LastName = LastName });
        var incident = new Incident { Id = Guid.NewGuid(), TitleEn = "Outage", TitleNl = "Storing", StartedAt = at, UpdatedAt = at };
        await SaveAsync(
            product, contact, service, order, visit, incident,
            new BasketItem { Id = Guid.NewGuid(), CustomerId = PersonId, ProductId = product.Id, DomainName = $"{Tag}.com", DomainAction = DomainAction.Register, AddedAt = at },
            new UsageAlert { Id = Guid.NewGuid(), ServiceId = service.Id, Metric = UsageMetric.Traffic, ThresholdPercent = 90, Period = "2026-12", SentAt = at },
            new SpamReport { Id = Guid.NewGuid(), ServiceId = service.Id, CustomerId = PersonId, Verdict = SpamVerdict.Spam, Provider = SpamFilterProvider.SpamExperts, EncryptedMessage = [1, 2, 3], SizeBytes = 3, ReceivedAt = at },
            new IssuedCertificate { Id = Guid.NewGuid(), ServiceId = service.Id, CommonName = $"www.{Tag}.nl", Issuer = "Pebble", ChainPem = "-----BEGIN CERTIFICATE-----", NotBefore = at, NotAfter = at.AddDays(90), IssuedAt = at },
            new IncidentNotice { Id = Guid.NewGuid(), IncidentId = incident.Id, CustomerId = PersonId, QueuedAt = at },
            new ServiceRenewal { Id = Guid.NewGuid(), ServiceId = service.Id, RenewsOn = at.AddDays(20), OrderId = order.Id, CreatedAt = at });
        return order.Id;
    }

    public Task<Guid> ErrorReportAsync(DateTime at) => AddAsync(new ErrorReport
    {
        Id = Guid.NewGuid(),
        At = at,
        PersonId = PersonId,
        Email = Email,
        IpAddress = IpAddress,
        Kind = ErrorReportKind.FailedLogin,
        Message = $"Failed sign-in for {Email}: wrong password",
        Reference = Guid.NewGuid().ToString("N"),
    });

    // A mail the server refused so far, waiting for its next attempt tomorrow: the dispatcher leaves it alone.
    public async Task<Guid> QueuedMailAsync(DateTime queuedAt)
    {
        var mail = new QueuedMail
        {
            Id = Guid.NewGuid(),
            PersonId = PersonId,
            ToAddress = Email,
            ToName = $"{FirstName} {LastName}",
            Subject = "Your RED-IT password was changed",
            TextBody = $"Dear {FirstName} {LastName},\n\nThe password of your RED-IT account was just changed.",
            HtmlBody = $"<p>Dear {FirstName} {LastName},</p>",
            QueuedAt = queuedAt,
            Attempts = 3,
            NextAttemptAt = DateTime.UtcNow.AddDays(1),
            LastError = "Mail server unreachable",
        };
        var file = new QueuedMailAttachment
        {
            Id = Guid.NewGuid(),
            MailId = mail.Id,
            FileName = $"antwoord-{Tag}.pdf",
            ContentType = "application/pdf",
            EncryptedContent = [1, 2, 3],
        };
        await SaveAsync(mail, file);
        return mail.Id;
    }

    public async Task<Guid> DisclosureAsync(DateTime at)
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var disclosure = await new DisclosureLog(db, new FakeTimeProvider(at)).RecordAsync(
            PersonId, "Politie Amsterdam", ["first name", "last name", "address"], "Investigation of payment fraud", "Art. 6(1)(c) GDPR: a production order");
        return disclosure.Id;
    }

    // Consent and acknowledgements hold no text, only the person's id: the export and the erasure
    // plan must still find them.
    public async Task ConsentAsync(DateTime at) => await SaveAsync(
        new ConsentRecord { PersonId = PersonId, Purpose = ConsentPurpose.NewsEmails, Given = true, At = at, Source = ConsentSource.SignUp, PolicyVersion = 1 },
        new ConsentRecord { PersonId = PersonId, Purpose = ConsentPurpose.AnalyticsCookies, Given = false, At = at, Source = ConsentSource.Profile, PolicyVersion = 1 });

    public Task<Guid> PolicyAcknowledgementAsync(DateTime at) => AddAsync(new PolicyAcknowledgement
    {
        PersonId = PersonId,
        PolicyVersionId = FirstPolicyVersion.Id,
        AcknowledgedAt = at,
    });

    // A request to erase, with the staff access it caused: both are kept as proof after erasure.
    public async Task<Guid> DataRequestAsync(DateTime receivedAt)
    {
        var request = new DataSubjectRequest
        {
            Kind = DataRequestKind.Erasure,
            PersonId = PersonId,
            RequesterName = $"{FirstName} {LastName}",
            RequesterEmail = Email,
            Culture = "nl",
            Message = $"Verwijder alles over mij, {Tag}",
            ReceivedAt = receivedAt,
            DueAt = receivedAt.AddMonths(1),
            Status = DataRequestStatus.Open,
        };
        var access = new AuditLogEntry { At = receivedAt, Action = AuditAction.DataRequestReceived, SubjectPersonId = PersonId, RequestId = request.Id, Details = "erasure, from the profile page" };
        await SaveAsync(request, access);
        return request.Id;
    }

    private async Task<Guid> AddAsync<T>(T entity)
        where T : class
    {
        await SaveAsync(entity);
        return (Guid)typeof(T).GetProperty("Id")!.GetValue(entity)!;
    }

    private async Task SaveAsync(params object[] entities)
    {
        Assert.NotEqual(Guid.Empty, PersonId);
        await using var scope = _portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }
}
