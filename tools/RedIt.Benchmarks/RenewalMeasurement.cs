using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Billing.Issuing;

namespace RedIt.Benchmarks;

internal sealed record RenewalResult(int Invoices, TimeSpan Total, Samples PerInvoice);

// Renewals the way a renewal job issues them: one invoice per service, each in a transaction of
// its own (a scope, the number, the invoice, commit), one after the other, to customers who
// already have invoices. The mail with its PDF, which such a job adds too, is not part of it; the
// PDF's cost is the PDF row of the page table.
internal static class RenewalMeasurement
{
    private const int WarmUpInvoices = 3;

    public static async Task<RenewalResult> RunAsync(IServiceProvider services, IReadOnlyList<BilledCustomer> customers, int renewals, InvoiceShapes shapes)
    {
        // Not the customer whose pages were timed, so a second run of the pages would see the same.
        var renewed = customers.Skip(1).ToList();
        // Made beforehand, so the time is the portal's alone.
        var requests = Enumerable.Range(0, WarmUpInvoices + renewals).Select(i => Request(renewed[i % renewed.Count], shapes)).ToList();
        foreach (var request in requests.Take(WarmUpInvoices))
        {
            await IssueAsync(services, request);
        }

        var perInvoice = new Samples();
        var total = Stopwatch.StartNew();
        for (var i = 0; i < renewals; i++)
        {
            var watch = Stopwatch.StartNew();
            await IssueAsync(services, requests[WarmUpInvoices + i]);
            perInvoice.Add(watch.Elapsed);
            if ((i + 1) % 50 == 0 || i + 1 == renewals)
            {
                Console.Write(string.Create(CultureInfo.InvariantCulture, $"\r  renewals {i + 1,6:N0} of {renewals:N0}"));
            }
        }

        Console.WriteLine();
        return new RenewalResult(renewals, total.Elapsed, perInvoice);
    }

    private static InvoiceRequest Request(BilledCustomer customer, InvoiceShapes shapes)
    {
        var (lines, months) = shapes.Lines(customer.Culture);
        return new InvoiceRequest(
            customer.Id,
            customer.Culture,
            lines.Select(l => new InvoiceRequestLine(l.Description, l.Quantity, l.UnitPriceExclVat)).ToList(),
            PeriodFrom: shapes.Today,
            PeriodTo: shapes.Today.AddMonths(months).AddDays(-1));
    }

    private static async Task IssueAsync(IServiceProvider services, InvoiceRequest request)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await scope.ServiceProvider.GetRequiredService<InvoiceIssuer>().IssueAsync(request);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }
}
