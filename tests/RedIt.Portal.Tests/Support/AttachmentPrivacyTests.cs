using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.DataRequests;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Privacy;
using static RedIt.Portal.Tests.DataRequests.RequestPeople;
using static RedIt.Portal.Tests.Support.Desk.DeskTickets;

namespace RedIt.Portal.Tests.Support;

// Clause 2.1 with the rights of the person: their ticket files are in their export as the files
// themselves, and go with their tickets when they are erased.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.1")]
public sealed class AttachmentPrivacyTests(PortalFactory portal)
{
    [Fact]
    public async Task The_export_ZIP_holds_each_file_decrypted_under_its_ticket_and_the_listing_names_it()
    {
        var customer = await UniqueCustomerAsync(portal);
        var ticket = New("Export " + Token(), personId: customer.Id, email: customer.Email);
        var message = FromCustomer(ticket, "Two scans.");
        await SeedAsync(portal, ticket, message);
        var pdf = TestFiles.Pdf();
        var again = TestFiles.Pdf();
        var first = await TestFiles.AttachAsync(portal, message.Id, "scan.pdf", pdf);
        await TestFiles.AttachAsync(portal, message.Id, "scan.pdf", again);

        var ready = await customer.Browser.SubmitAndFollowAsync(await customer.Browser.GetAsync("/profile/data/export"), Form(("CurrentPassword", People.Password)));
        using var response = await customer.Browser.SubmitAsync(ready, Form());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);

        var folder = $"attachments/{ticket.Number}/";
        Assert.Equal([folder + "scan (2).pdf", folder + "scan.pdf", "data.html", "data.json"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        var files = new[] { Bytes(zip, folder + "scan.pdf"), Bytes(zip, folder + "scan (2).pdf") };
        Assert.Contains(pdf, files);
        Assert.Contains(again, files);

        using var json = JsonDocument.Parse(Text(zip, "data.json"));
        var category = json.RootElement.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("entity").GetString() == nameof(TicketAttachment));
        var row = category.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("Id").GetGuid() == first.Id);
        Assert.StartsWith(folder + "scan", row.GetProperty(nameof(TicketAttachment.EncryptedContent)).GetString(), StringComparison.Ordinal);
        // The ciphertext is of no use to the person and is not in the listing.
        Assert.DoesNotContain(Convert.ToBase64String(first.EncryptedContent), Text(zip, "data.json"), StringComparison.Ordinal);
        Assert.Contains(folder + "scan", Text(zip, "data.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasure_plans_the_files_under_customer_service_and_leaves_none()
    {
        var customer = await UniqueCustomerAsync(portal);
        var ticket = New("Erase " + Token(), personId: customer.Id, email: customer.Email, status: TicketStatus.Closed);
        var message = FromCustomer(ticket, "A passport scan, sadly.");
        await SeedAsync(portal, ticket, message);
        var file = await TestFiles.AttachAsync(portal, message.Id, "passport.jpg", TestFiles.Jpeg());

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var plan = await scope.ServiceProvider.GetRequiredService<ErasurePlanner>().PlanAsync(customer.Id, DateTime.UtcNow);
            var item = Assert.Single(plan.Items, i => i.Entity == nameof(TicketAttachment));
            Assert.Equal("Customer service", item.Category);
            Assert.Equal(ErasureAction.Delete, item.Action);
        }

        var asked = await customer.Browser.SubmitAndFollowAsync(await customer.Browser.GetAsync("/profile/data/delete"), Form(("CurrentPassword", People.Password)));
        Assert.Contains("We received your request to delete your account.", asked.Text, StringComparison.Ordinal);
        var request = await portal.WithDbAsync(db => db.Set<DataSubjectRequest>().AsNoTracking().SingleAsync(r => r.PersonId == customer.Id));
        var admin = await People.SignedInStaffAsync(portal);
        var page = await admin.GetAsync($"/admin/requests/{request.Id}/erasure");
        Assert.Contains(page.Document.QuerySelectorAll("table.plan td"), cell => cell.TextContent.StartsWith("Customer service", StringComparison.Ordinal));
        var erased = await admin.SubmitAndFollowAsync(page, Form(("Confirm", "true")));
        Assert.Contains("The erasure has been carried out.", erased.Text, StringComparison.Ordinal);

        Assert.False(await portal.WithDbAsync(db => db.Set<TicketAttachment>().AnyAsync(a => a.Id == file.Id)));
        Assert.False(await portal.WithDbAsync(db => db.Set<TicketAttachment>().AnyAsync(a => a.Message.TicketId == ticket.Id)));
        Assert.False(await portal.WithDbAsync(db => db.Set<Ticket>().AnyAsync(t => t.Id == ticket.Id)));
    }

    private static byte[] Bytes(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string Text(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
