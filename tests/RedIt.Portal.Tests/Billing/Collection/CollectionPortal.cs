using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Billing;
using RedIt.Portal.Features.Billing.Collection;
using RedIt.Portal.Features.Billing.Issuing;
using RedIt.Portal.Infrastructure.Time;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Billing.Collection;

// A portal on a clock the test moves, so an invoice can be issued weeks ago and walk through its
// reminders day by day, with the sending done by the same service the daily job calls.
public sealed class CollectionPortal : PortalFactory
{
    public MovedClock Clock { get; } = new();

    // 08:00 UTC is 09:00 or 10:00 in Amsterdam: the day is the same calendar day there.
    public void MoveToDay(DateOnly day) => Clock.MoveTo(day.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc));

    public DateOnly Today => DateOnly.FromDateTime(AmsterdamTime.ToLocal(Clock.GetUtcNow().UtcDateTime));

    // Issues an invoice now on the portal's clock, in the given language, for one line excluding VAT.
    public async Task<Invoice> IssueAsync(Guid customerId, decimal priceExclVat, string culture = "nl")
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var invoice = await scope.ServiceProvider.GetRequiredService<InvoiceIssuer>().IssueAsync(
            new InvoiceRequest(customerId, culture, [new InvoiceRequestLine("Web hosting Pro for bakkerij.nl, 12 months", 1, priceExclVat)]));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return invoice;
    }

    public async Task<int> RemindAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InvoiceReminders>().SendDueAsync();
    }

    public Task<List<InvoiceCommunication>> CommunicationsAsync(Guid invoiceId) =>
        WithDbAsync(db => db.Set<InvoiceCommunication>().AsNoTracking().Where(c => c.InvoiceId == invoiceId).OrderBy(c => c.SentAt).ToListAsync());

    // From `daysAgo` days back to today, one run of the reminders a day; the clock ends at real now.
    public async Task WalkToTodayAsync(int daysAgo)
    {
        for (var day = daysAgo; day >= 0; day--)
        {
            Clock.Offset = TimeSpan.FromDays(-day);
            await RemindAsync();
        }

        Clock.Offset = TimeSpan.Zero;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }
}
