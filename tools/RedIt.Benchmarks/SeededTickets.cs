using System.Globalization;
using Bogus;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Support;

namespace RedIt.Benchmarks;

// Tickets and their threads in chunks, each chunk one SaveChanges of a fresh context without
// change detection: EF batches the inserts, and no context grows to 300,000 tracked rows.
internal static class SeededTickets
{
    private const int ChunkSize = 2_500;
    private const int FirstNumber = 1001;

    public static async Task SeedAsync(IServiceProvider services, SeededPeople people, int tickets, int messages, DateTime now, Faker faker)
    {
        var shapes = new TicketShapes(people, now, faker);
        var threadLengths = ThreadLengths(tickets, messages, faker);
        // Numbers go up with the opening time, as the desk hands them out.
        var opened = Enumerable.Range(0, tickets).Select(_ => shapes.OpenedAt()).Order().ToArray();
        for (var start = 0; start < tickets; start += ChunkSize)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(tickets, start + ChunkSize); i++)
            {
                var ticket = shapes.Ticket(FirstNumber + i, opened[i]);
                db.Add(ticket);
                db.AddRange(shapes.Thread(ticket, threadLengths[i]));
            }

            await db.SaveChangesAsync();
            Console.Write(string.Create(CultureInfo.InvariantCulture, $"\r  tickets {Math.Min(tickets, start + ChunkSize),7:N0} of {tickets:N0}"));
        }

        Console.WriteLine();
    }

    // At least one message per ticket, the rest spread at random: most threads short, some long.
    private static int[] ThreadLengths(int tickets, int messages, Faker faker)
    {
        var lengths = Enumerable.Repeat(1, tickets).ToArray();
        for (var extra = messages - tickets; extra > 0; extra--)
        {
            lengths[faker.Random.Int(0, tickets - 1)]++;
        }

        return lengths;
    }
}
