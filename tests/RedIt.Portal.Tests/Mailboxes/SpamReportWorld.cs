using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Mailboxes;
using RedIt.Portal.Features.Mailboxes.Reports;
using RedIt.Portal.Features.Services;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Orders;

namespace RedIt.Portal.Tests.Mailboxes;

internal static class SpamReportWorld
{
    // A portal whose filter providers' training mailboxes are mailboxes of their own on the test
    // Dovecot, with the worker off so a test forwards when it wants to. Unconfigured, SpamExperts
    // has no host, as on a newcomer's portal.
    public static PortalFactory Portal(string spamExpertsUser, string microsoftUser, bool spamExpertsConfigured = true, string? microsoftPassword = null)
    {
        var portal = new PortalFactory().With("SpamFilters:WorkerEnabled", "false");
        Mailbox(portal, "SpamExperts", spamExpertsConfigured ? TestSettings.ImapHost : "", spamExpertsUser, TestSettings.ImapPassword);
        Mailbox(portal, "Microsoft", TestSettings.ImapHost, microsoftUser, microsoftPassword ?? TestSettings.ImapPassword);
        return portal;
    }

    private static void Mailbox(PortalFactory portal, string provider, string host, string user, string password)
    {
        var section = "SpamFilters:" + provider + ":";
        portal.With(section + "Host", host)
            .With(section + "Port", TestSettings.ImapPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With(section + "Security", "None")
            .With(section + "User", user)
            .With(section + "Password", password);
    }

    public static string NewUser(string provider) => $"{provider}-{Guid.NewGuid():N}@redit.test";

    // A signed-in customer with one active mailbox service filtered by the given provider.
    public static async Task<(Browserless Browser, Guid CustomerId, Service Mailbox)> CustomerWithMailboxAsync(PortalFactory portal, SpamFilterProvider provider)
    {
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        var customerId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var mailbox = await ServiceAsync(portal, customerId, ProductKind.Mailbox, provider);
        return (browser, customerId, mailbox);
    }

    public static async Task<Service> ServiceAsync(PortalFactory portal, Guid customerId, ProductKind kind, SpamFilterProvider? provider)
    {
        var product = await OrdersWorld.ProductAsync(portal, kind, 2.50m);
        var service = new Service
        {
            Id = Guid.NewGuid(), CustomerId = customerId, ProductId = product.Id, Kind = kind, Name = $"info@{Guid.NewGuid():N}.nl"[..30],
            Status = ServiceStatus.Active, CreatedAt = DateTime.UtcNow, ActivatedAt = DateTime.UtcNow,
        };
        await portal.WithDbAsync(async db =>
        {
            await db.Set<Product>().Where(p => p.Id == product.Id).ExecuteUpdateAsync(p => p.SetProperty(x => x.SpamFilter, provider));
            db.Add(service);
            return await db.SaveChangesAsync();
        });
        return service;
    }

    // A message as a mail program saves it: the servers it passed, the sender, CRLF line ends.
    public static byte[] Eml(string subject) => Encoding.ASCII.GetBytes(string.Join("\r\n",
        "Return-Path: <offers@cheap-pills.example>",
        "Received: from mx.cheap-pills.example (mx.cheap-pills.example [203.0.113.9])",
        "\tby mx1.redit.nl with ESMTPS id 4Xk2pQ1vZz; Fri, 4 Dec 2026 08:15:02 +0100 (CET)",
        "From: \"Pharmacy\" <offers@cheap-pills.example>",
        "To: info@klant.nl",
        "Subject: " + subject,
        "Date: Fri, 4 Dec 2026 08:15:00 +0100",
        $"Message-ID: <{Guid.NewGuid():N}@cheap-pills.example>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=us-ascii",
        "",
        "Buy now, only today.",
        "Unsubscribe? No.",
        ""));

    public static async Task<int> ForwardAsync(PortalFactory portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SpamReportForwarder>().RunDueAsync();
    }

    public static Task<List<SpamReport>> ReportsAsync(PortalFactory portal, Guid customerId) =>
        portal.WithDbAsync(db => db.Set<SpamReport>().AsNoTracking().Where(r => r.CustomerId == customerId).ToListAsync());

    public static async Task<Browserless.Page> UploadAsync(Browserless browser, Guid serviceId, string? verdict, byte[] content, string fileName = "message.eml")
    {
        ArgumentNullException.ThrowIfNull(browser);
        var form = await browser.GetAsync($"/profile/services/{serviceId}/spam-reports");
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (verdict is not null)
        {
            values["Verdict"] = verdict;
        }

        return await browser.SubmitWithFilesAndFollowAsync(form, values,
            [new Browserless.UploadedFile("Message", fileName, content, "message/rfc822")], "/spam-reports");
    }
}
