using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using Bogus;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Billing;

namespace RedIt.Benchmarks;

// `billing`: a customer's invoices, Finance's overdue list, an invoice's PDF and issuing renewals,
// on a billing history of a few years.
internal static class BillingBenchmark
{
    private const string FinanceEmail = "finance.benchmark@red-it.local";

    // Timed once the portal has Finance's list; before that its row says "not built" and the rest
    // of the command still runs.
    private const string OverduePath = "/staff/invoices?status=overdue";

    public static async Task RunAsync(BillingBenchmarkOptions options)
    {
        // The same customers, invoices and spread on every run, so two runs differ only in the code.
        Randomizer.Seed = new Random(20_261_210);
        var faker = new Faker("nl");
        await using var database = new BenchmarkDatabase(options.Database, options.Connection, options.KeepDatabase);
        await database.CreateAsync();
        await using var portal = new BenchmarkPortal(database);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RedIt.Benchmarks billing: {database.Description}; {options.Customers:N0} customers, {options.Invoices:N0} invoices, {options.Renewals:N0} renewals; {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));

        var watch = Stopwatch.StartNew();
        portal.Start();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  portal on {portal.BaseUrl}, migrated in {watch.Elapsed.TotalSeconds:0.0} s"));

        watch.Restart();
        var now = DateTime.UtcNow;
        var shapes = new InvoiceShapes(now, portal.Services.GetRequiredService<IOptions<BillingOptions>>().Value.PaymentTermDays, faker);
        var financePassword = await SeedFinanceAsync(portal.Services);
        var customers = await SeededBillingCustomers.SeedAsync(portal.Services, options.Customers, now, faker);
        var seeded = await SeededInvoices.SeedAsync(portal.Services, customers.Customers, options.Invoices, shapes, faker);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  seeded {customers.Customers.Count:N0} customers, {seeded.Invoices:N0} invoices and {seeded.CreditNotes:N0} credit notes ({seeded.Lines:N0} lines, {seeded.Overdue:N0} overdue) in {watch.Elapsed.TotalSeconds:0.0} s"));
        await PortalDatabaseStatistics.RefreshAsync(portal.Services);

        using var customer = await StaffSession.SignInAsync(portal.BaseUrl, customers.Measured.Email, customers.Password);
        using var finance = await StaffSession.SignInAsync(portal.BaseUrl, FinanceEmail, financePassword);
        await CheckMyInvoicesAsync(customer, seeded);
        var cases = new List<BillingCase>
        {
            new("My invoices (customer, page 1)", "/profile/invoices", customer, seeded.MeasuredCustomer),
            new($"invoice PDF ({seeded.MeasuredPdfLines} lines)", $"/profile/invoices/{seeded.MeasuredPdfNumber}/pdf", customer, 1, IsFile: true),
        };
        var overdue = new BillingCase("Finance: overdue invoices", OverduePath, finance, seeded.Overdue);
        var overdueStatus = await finance.StatusOfAsync(OverduePath);
        if (overdueStatus == HttpStatusCode.OK)
        {
            cases.Insert(1, overdue);
        }
        else
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {OverduePath} answered {(int)overdueStatus}: not built, not timed"));
        }

        var (health, results) = await BillingMeasurement.RunAsync(customer, cases, options.Samples, options.MaxMeasuring);
        if (overdueStatus != HttpStatusCode.OK)
        {
            results = [results[0], new BillingResult(overdue, null), .. results.Skip(1)];
        }

        var renewals = await RenewalMeasurement.RunAsync(portal.Services, customers.Customers, options.Renewals, now, faker);
        Console.WriteLine();
        BillingResultTable.Print(health, results, renewals);
    }

    // A Finance colleague with a password of this run only; Development asks staff for no second factor.
    private static async Task<string> SeedFinanceAsync(IServiceProvider services)
    {
        var password = Guid.NewGuid().ToString();
        await using var scope = services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync(FinanceEmail, "Fien", "Financiën", password, PortalRoles.Finance);
        return created.Succeeded
            ? password
            : throw new InvalidOperationException("The Finance account was not created: " + string.Join(" ", created.Errors.Select(e => e.Description)));
    }

    // A page that answered 200 but showed someone else's invoices, or none, would be timed for nothing.
    private static async Task CheckMyInvoicesAsync(StaffSession customer, SeededInvoiceCounts seeded)
    {
        var page = await customer.GetTextAsync("/profile/invoices");
        var rows = page.Split("data-invoice=\"").Length - 1;
        if (rows != Math.Min(seeded.MeasuredCustomer, RedIt.Portal.Features.Billing.Mine.MyInvoices.PageSize))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"My invoices shows {rows} invoices of the customer's {seeded.MeasuredCustomer}."));
        }

        var pdf = await customer.GetBytesAsync($"/profile/invoices/{seeded.MeasuredPdfNumber}/pdf");
        if (pdf.Length < 5 || pdf[0] != (byte)'%' || pdf[1] != (byte)'P' || pdf[2] != (byte)'D' || pdf[3] != (byte)'F')
        {
            throw new InvalidOperationException($"The PDF of {seeded.MeasuredPdfNumber} is no PDF.");
        }
    }
}
