using System.Globalization;
using Bogus;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Billing;

namespace RedIt.Benchmarks;

internal sealed record SeededInvoiceCounts(int Invoices, int CreditNotes, int Lines, int Overdue, int MeasuredCustomer, string MeasuredPdfNumber, int MeasuredPdfLines);

// Invoices in chunks, each chunk one SaveChanges of a fresh context without change detection, as
// the tickets are seeded. Numbered in order of issue, in a year of their own: the invoices the
// benchmark then issues take this year's real series, and the two never meet.
internal static class SeededInvoices
{
    public const int SeededYear = 1999;

    private const int ChunkSize = 2_500;

    public static async Task<SeededInvoiceCounts> SeedAsync(IServiceProvider services, IReadOnlyList<BilledCustomer> customers, int invoices, InvoiceShapes shapes, Faker faker)
    {
        var counts = InvoicesPerCustomer(customers.Count, invoices, faker);
        var planned = customers.SelectMany((c, i) => shapes.ForCustomer(c, counts[i])).OrderBy(p => p.IssuedOn).ToList();
        var (invoiceNumber, creditNumber) = (0, 0);
        foreach (var invoice in planned)
        {
            invoice.Number = invoice.Kind == InvoiceKind.CreditNote
                ? string.Create(CultureInfo.InvariantCulture, $"C{SeededYear}-{++creditNumber:D6}")
                : string.Create(CultureInfo.InvariantCulture, $"{SeededYear}-{++invoiceNumber:D6}");
        }

        for (var start = 0; start < planned.Count; start += ChunkSize)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var invoice in planned.Skip(start).Take(ChunkSize))
            {
                db.Add(shapes.Invoice(invoice));
            }

            await db.SaveChangesAsync();
            Console.Write(string.Create(CultureInfo.InvariantCulture, $"\r  invoices {Math.Min(planned.Count, start + ChunkSize),7:N0} of {planned.Count:N0}"));
        }

        Console.WriteLine();
        var measured = planned.Where(p => p.Customer == customers[0]).ToList();
        // The PDF timed is one of the longest the customer has: an invoice of three lines if there is one.
        var pdf = measured.Where(p => p.Kind == InvoiceKind.Invoice).MaxBy(p => p.Lines.Count)!;
        return new SeededInvoiceCounts(
            planned.Count(p => p.Kind == InvoiceKind.Invoice),
            planned.Count(p => p.Kind == InvoiceKind.CreditNote),
            planned.Sum(p => p.Lines.Count),
            planned.Count(shapes.Overdue),
            measured.Count,
            pdf.Number,
            pdf.Lines.Count);
    }

    // The first customer has 50; the others share the rest at random, most about the average, a
    // few (resellers, agencies) five times that, a quarter (one domain, no more) far fewer. Some
    // have none at all, as customers who never ordered.
    private static int[] InvoicesPerCustomer(int customers, int invoices, Faker faker)
    {
        var counts = new int[customers];
        counts[0] = BillingBenchmarkOptions.MeasuredCustomerInvoices;
        var cumulative = new double[customers - 1];
        var total = 0.0;
        for (var i = 0; i < cumulative.Length; i++)
        {
            total += faker.Random.WeightedRandom([1.0, 5.0, 0.2], [0.72f, 0.03f, 0.25f]);
            cumulative[i] = total;
        }

        for (var left = invoices - counts[0]; left > 0; left--)
        {
            var index = Array.BinarySearch(cumulative, faker.Random.Double(0, total));
            counts[1 + (index >= 0 ? index : Math.Min(~index, cumulative.Length - 1))]++;
        }

        return counts;
    }
}
