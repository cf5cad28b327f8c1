using System.Globalization;
using Bogus;
using RedIt.Portal.Features.Billing;
using RedIt.Portal.Features.Billing.Vat;
using RedIt.Portal.Infrastructure.Time;

namespace RedIt.Benchmarks;

internal sealed record PlannedLine(string Description, int Quantity, decimal UnitPriceExclVat);

// One invoice or credit note before it is stored; numbered once every invoice of the run is known.
internal sealed class PlannedInvoice
{
    public Guid Id { get; } = Guid.NewGuid();

    public required BilledCustomer Customer { get; init; }

    public required DateTime IssuedOn { get; init; }

    public required InvoiceKind Kind { get; init; }

    public required InvoiceStatus Status { get; set; }

    public DateTime? PaidAt { get; set; }

    public PlannedInvoice? Credits { get; init; }

    public required IReadOnlyList<PlannedLine> Lines { get; init; }

    public required int PeriodMonths { get; init; }

    public string Number { get; set; } = "";

    public DateOnly IssueDate => DateOnly.FromDateTime(AmsterdamTime.ToLocal(IssuedOn));
}

// What a hosting company's invoices look like after a few years: nearly all paid, the last two
// weeks' still open, a few percent overdue (more of the recent ones: the old ones went to
// collection), a few credited, each with its credit note; mostly one line, a renewal of one
// service, sometimes a domain or mailboxes with it.
internal sealed class InvoiceShapes(DateTime now, int paymentTermDays, Faker faker)
{
    private static readonly (string Dutch, string English, int Months, decimal Price, int MaxQuantity)[] Products =
    [
        ("Webhosting Basis voor {0}", "Web hosting Basic for {0}", 12, 59.88m, 1),
        ("Webhosting Pro voor {0}", "Web hosting Pro for {0}", 12, 119.40m, 1),
        ("Domeinnaam {0}", "Domain name {0}", 12, 9.95m, 1),
        ("SSL-certificaat voor {0}", "SSL certificate for {0}", 12, 49.00m, 1),
        ("Mailbox op {0}", "Mailbox at {0}", 12, 23.88m, 5),
        ("VPS Medium", "VPS Medium", 1, 24.95m, 1),
        ("Managed VPS", "Managed VPS", 1, 79.00m, 1),
        ("Colocatie 1U", "Colocation 1U", 1, 89.00m, 2),
    ];

    private static readonly string[] TopLevelDomains = [".nl", ".nl", ".nl", ".com", ".eu", ".be"];

    private readonly DateOnly _today = DateOnly.FromDateTime(AmsterdamTime.ToLocal(now));

    public DateOnly Today => _today;

    public DateOnly DueOn(PlannedInvoice invoice) =>
        invoice.Kind == InvoiceKind.CreditNote ? invoice.IssueDate : invoice.IssueDate.AddDays(paymentTermDays);

    public bool Overdue(PlannedInvoice invoice) =>
        invoice.Kind == InvoiceKind.Invoice && invoice.Status == InvoiceStatus.Open && DueOn(invoice) < _today;

    // A customer's invoices over the last three years, oldest first; a credited invoice's credit
    // note takes the next of its places.
    public IEnumerable<PlannedInvoice> ForCustomer(BilledCustomer customer, int count)
    {
        var dates = Enumerable.Range(0, count).Select(_ => now - TimeSpan.FromHours(faker.Random.Double(1, 3 * 365 * 24))).Order().ToArray();
        for (var i = 0; i < count; i++)
        {
            var (lines, months) = Lines(customer.Culture);
            var invoice = new PlannedInvoice { Customer = customer, IssuedOn = dates[i], Kind = InvoiceKind.Invoice, Status = InvoiceStatus.Paid, Lines = lines, PeriodMonths = months };
            var dueOn = DueOn(invoice);
            var daysPastDue = _today.DayNumber - dueOn.DayNumber;
            invoice.Status = daysPastDue < 0
                ? faker.Random.WeightedRandom([InvoiceStatus.Open, InvoiceStatus.Paid], [0.75f, 0.25f])
                : faker.Random.WeightedRandom([InvoiceStatus.Paid, InvoiceStatus.Open, InvoiceStatus.Credited], daysPastDue < 90 ? [0.87f, 0.1f, 0.03f] : [0.955f, 0.015f, 0.03f]);
            if (invoice.Status == InvoiceStatus.Credited && i == count - 1)
            {
                invoice.Status = InvoiceStatus.Paid;
            }

            if (invoice.Status == InvoiceStatus.Paid)
            {
                var latest = Math.Min((now - invoice.IssuedOn).TotalHours, paymentTermDays * 24);
                invoice.PaidAt = invoice.IssuedOn + TimeSpan.FromHours(faker.Random.Double(0.1, Math.Max(0.2, latest)));
            }

            yield return invoice;
            if (invoice.Status == InvoiceStatus.Credited)
            {
                var creditedOn = invoice.IssuedOn + TimeSpan.FromHours(faker.Random.Double(1, 20 * 24));
                yield return new PlannedInvoice
                {
                    Customer = customer,
                    IssuedOn = creditedOn < now ? creditedOn : now - TimeSpan.FromMinutes(1),
                    Kind = InvoiceKind.CreditNote,
                    Status = InvoiceStatus.Credited,
                    Credits = invoice,
                    Lines = invoice.Lines.Select(l => l with { UnitPriceExclVat = -l.UnitPriceExclVat }).ToList(),
                    PeriodMonths = invoice.PeriodMonths,
                };
                i++;
            }
        }
    }

    public Invoice Invoice(PlannedInvoice planned)
    {
        var customer = planned.Customer;
        var vat = VatRules.Decide(customer.VatNumber is not null, customer.Address.CountryCode, customer.VatNumber, customer.ConsultationNumber);
        var invoice = new Invoice
        {
            Id = planned.Id,
            CustomerId = customer.Id,
            Kind = planned.Kind,
            Number = planned.Number,
            CreditsInvoiceId = planned.Credits?.Id,
            IssuedOn = planned.IssuedOn,
            DueOn = DueOn(planned),
            PeriodFrom = planned.Credits?.IssueDate ?? planned.IssueDate,
            PeriodTo = (planned.Credits?.IssueDate ?? planned.IssueDate).AddMonths(planned.PeriodMonths).AddDays(-1),
            Status = planned.Status,
            PaidAt = planned.PaidAt,
            Culture = customer.Culture,
            VatTreatment = vat.Treatment,
            BillingName = customer.BillingName,
            BillingStreet = customer.Address.Street,
            BillingHouseNumber = customer.Address.HouseNumber,
            BillingPostalCode = customer.Address.PostalCode,
            BillingCity = customer.Address.City,
            BillingCountryCode = customer.Address.CountryCode,
            BuyerVatNumber = customer.VatNumber,
            VatConsultationNumber = vat.Treatment == VatTreatment.ReverseCharge ? customer.ConsultationNumber : null,
            Email = customer.Email,
        };
        var position = 0;
        foreach (var line in planned.Lines)
        {
            invoice.Lines.Add(new InvoiceLine
            {
                Id = Guid.NewGuid(),
                InvoiceId = invoice.Id,
                Position = ++position,
                Description = line.Description,
                Quantity = line.Quantity,
                UnitPriceExclVat = line.UnitPriceExclVat,
                TotalExclVat = Math.Round(line.UnitPriceExclVat * line.Quantity, 2, MidpointRounding.AwayFromZero),
                VatRate = vat.Rate,
                IssuedOn = planned.IssuedOn,
            });
        }

        // As the issuer totals: VAT per rate on the sum of its lines.
        var rows = VatRules.Rows(invoice.Lines.Select(l => (l.VatRate, l.TotalExclVat)));
        invoice.TotalExclVat = rows.Sum(r => r.BaseExclVat);
        invoice.TotalVat = rows.Sum(r => r.Vat);
        invoice.Total = invoice.TotalExclVat + invoice.TotalVat;
        return invoice;
    }

    // 1 to 3 lines, described as the order's lines are: "Web hosting Basic for example.nl, 12 months".
    public (IReadOnlyList<PlannedLine> Lines, int Months) Lines(string culture)
    {
        var domain = faker.Internet.DomainWord() + faker.PickRandom(TopLevelDomains);
        var count = faker.Random.WeightedRandom([1, 2, 3], [0.6f, 0.3f, 0.1f]);
        var products = faker.PickRandom(Products, count).ToList();
        var dutch = culture.StartsWith("nl", StringComparison.Ordinal);
        var lines = products.Select(p => new PlannedLine(
            string.Format(CultureInfo.InvariantCulture, dutch ? "{0}, {1} {2}" : "{0}, {1} {3}",
                string.Format(CultureInfo.InvariantCulture, dutch ? p.Dutch : p.English, domain),
                p.Months,
                p.Months == 1 ? "maand" : "maanden",
                p.Months == 1 ? "month" : "months"),
            faker.Random.Int(1, p.MaxQuantity),
            p.Price)).ToList();
        return (lines, products.Max(p => p.Months));
    }
}
