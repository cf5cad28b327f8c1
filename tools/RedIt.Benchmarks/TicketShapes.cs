using Bogus;
using RedIt.Portal.Features.Support;

namespace RedIt.Benchmarks;

// What a desk with a few years behind it looks like: most tickets closed, a tenth or so still
// being worked on, most assigned, support questions far more common than abuse reports.
internal sealed class TicketShapes(SeededPeople people, DateTime now, Faker faker)
{
    private static readonly string[] Domains = ["bakkerij-devries.nl", "fietsenmaker.nl", "jansen-advies.nl", "mijnwebshop.nl", "studio-oost.com", "tandarts-zuid.nl"];

    private static readonly Dictionary<TicketTopic, string[]> Subjects = new()
    {
        [TicketTopic.Support] = ["Website {0} is offline", "Transfer of {0} is stuck", "Mailbox info@{0} is full", "SSL certificate for {0} expires", "Verhuizing van {0} naar een VPS", "DNS-records van {0} aanpassen", "Backup van {0} terugzetten", "Trage website {0}"],
        [TicketTopic.Sales] = ["Offerte colocatie voor {0}", "Quote for a managed VPS", "Meer opslag voor {0}", "Upgrade hosting package of {0}"],
        [TicketTopic.Billing] = ["Factuur klopt niet ({0})", "Question about invoice for {0}", "Machtiging incasso wijzigen", "Credit note for {0}"],
        [TicketTopic.Abuse] = ["Spam sent from {0}", "Phishing page on {0}", "Misbruikmelding {0}"],
    };

    private readonly string[] _bodies = Enumerable.Range(0, 500).Select(_ => faker.Lorem.Paragraphs(faker.Random.Int(1, 3))).ToArray();

    public DateTime OpenedAt() => now - TimeSpan.FromMinutes(faker.Random.Double(10, 2 * 365 * 24 * 60));

    public Ticket Ticket(int number, DateTime openedAt)
    {
        var topic = faker.Random.WeightedRandom([TicketTopic.Support, TicketTopic.Sales, TicketTopic.Billing, TicketTopic.Abuse], [0.62f, 0.14f, 0.19f, 0.05f]);
        // A ticket of the last weeks may still be open; older ones are nearly all closed.
        var recent = now - openedAt < TimeSpan.FromDays(45);
        var status = recent
            ? faker.Random.WeightedRandom([TicketStatus.New, TicketStatus.Open, TicketStatus.WaitingForCustomer, TicketStatus.Closed], [0.15f, 0.3f, 0.25f, 0.3f])
            : faker.Random.WeightedRandom([TicketStatus.Open, TicketStatus.WaitingForCustomer, TicketStatus.Closed], [0.01f, 0.01f, 0.98f]);
        var customer = faker.Random.Bool(0.6f) ? people.Customers[faker.Random.Int(0, people.Customers.Count - 1)] : null;
        var unassigned = status == TicketStatus.New ? faker.Random.Bool(0.7f) : faker.Random.Bool(0.05f);
        var lastMessageAt = openedAt + (now - openedAt) * faker.Random.Double(0, status == TicketStatus.Closed ? 0.2 : 1);
        return new Ticket
        {
            Id = Guid.NewGuid(),
            Number = number,
            PersonId = customer?.Id,
            Email = customer?.Email ?? faker.Internet.Email().ToLowerInvariant(),
            Name = customer?.Name ?? (faker.Random.Bool(0.7f) ? faker.Name.FullName() : null),
            Subject = string.Format(System.Globalization.CultureInfo.InvariantCulture, faker.PickRandom(Subjects[topic]), faker.PickRandom(Domains)),
            Culture = faker.Random.Bool(0.8f) ? "nl" : "en",
            Topic = topic,
            Status = status,
            Priority = faker.Random.WeightedRandom([TicketPriority.Low, TicketPriority.Normal, TicketPriority.High, TicketPriority.Urgent], [0.1f, 0.7f, 0.15f, 0.05f]),
            AssigneeUserId = unassigned ? null : faker.PickRandom(people.Staff.Where(s => s.Topics is null || s.Topics.Contains(topic)).ToList()).Id,
            OpenedAt = openedAt,
            LastMessageAt = lastMessageAt,
            // The customer waits while the desk has the next move.
            WaitingSince = status is TicketStatus.New or TicketStatus.Open ? lastMessageAt : null,
            ClosedAt = status == TicketStatus.Closed ? lastMessageAt + TimeSpan.FromDays(faker.Random.Double(0, 7)) : null,
        };
    }

    // Customer and desk take turns, with now and then a note; the last word fits the status
    // (a new ticket has no answer yet, one waiting for the customer ends with the desk's reply).
    public IEnumerable<TicketMessage> Thread(Ticket ticket, int length)
    {
        var step = (ticket.LastMessageAt - ticket.OpenedAt) / Math.Max(1, length - 1);
        for (var i = 0; i < length; i++)
        {
            var last = i == length - 1;
            var kind = ticket.Status == TicketStatus.New || i == 0 ? TicketMessageKind.FromCustomer
                : last && ticket.Status == TicketStatus.WaitingForCustomer ? TicketMessageKind.StaffReply
                : last && ticket.Status == TicketStatus.Open ? TicketMessageKind.FromCustomer
                : faker.Random.Bool(0.1f) ? TicketMessageKind.InternalNote
                : i % 2 == 1 ? TicketMessageKind.StaffReply : TicketMessageKind.FromCustomer;
            var byMail = kind != TicketMessageKind.InternalNote && faker.Random.Bool(0.6f);
            yield return new TicketMessage
            {
                Id = Guid.NewGuid(),
                TicketId = ticket.Id,
                Kind = kind,
                AuthorUserId = kind == TicketMessageKind.FromCustomer ? ticket.PersonId : ticket.AssigneeUserId ?? people.Me,
                FromAddress = kind == TicketMessageKind.FromCustomer ? ticket.Email : null,
                MessageId = byMail ? $"{Guid.NewGuid():N}@mail.red-it.nl" : null,
                Body = faker.PickRandom(_bodies),
                SentAt = ticket.OpenedAt + step * i,
            };
        }
    }
}
