using System.IO.Compression;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.DataRequests;
using RedIt.Portal.Tests.Infrastructure;
using static RedIt.Portal.Tests.DataRequests.RequestPeople;

namespace RedIt.Portal.Tests.DataRequests;

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "6")]
public sealed class ExportDownloadTests(PortalFactory portal)
{
    [Fact]
    public async Task A_customer_downloads_all_their_data_once_after_entering_their_password_again()
    {
        var customer = await UniqueCustomerAsync(portal);
        var browser = customer.Browser;
        var profile = await browser.GetAsync("/profile");
        Assert.NotNull(profile.Document.QuerySelector("a[href='/profile/data/export']"));

        var form = await browser.GetAsync("/profile/data/export");
        var wrong = await browser.SubmitAndFollowAsync(form, Form(("CurrentPassword", "not my password at all")));
        Assert.Equal("Your password is not correct.", wrong.FieldError("CurrentPassword"));
        Assert.Equal(0, await portal.WithDbAsync(db => db.Set<ExportDownload>().CountAsync(d => d.PersonId == customer.Id)));

        var ready = await browser.SubmitAndFollowAsync(form, Form(("CurrentPassword", People.Password)));
        Assert.Equal("Your download is ready", ready.Heading);

        using (var response = await browser.SubmitAsync(ready, Form()))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
            using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
            Assert.Equal(["data.html", "data.json"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
            var json = JsonStrings(Read(zip, "data.json"));
            var html = new HtmlParser().ParseDocument(Read(zip, "data.html")).Body!.TextContent;
            foreach (var value in new[] { customer.FirstName, customer.LastName, customer.Email, customer.PhoneDigits, customer.Street })
            {
                Assert.Contains(json, s => s.Contains(value, StringComparison.Ordinal));
                Assert.Contains(value, html, StringComparison.Ordinal);
            }
        }

        // Used once: the same form again gets nothing.
        using (var again = await browser.SubmitAsync(ready, Form()))
        {
            Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
            Assert.Equal("This download is no longer available", (await Browserless.Page.FromAsync(again)).Heading);
        }
    }

    [Fact]
    public async Task A_download_expires_after_15_minutes_and_no_other_customer_can_use_it()
    {
        var owner = await UniqueCustomerAsync(portal);
        var ready = await owner.Browser.SubmitAndFollowAsync(await owner.Browser.GetAsync("/profile/data/export"), Form(("CurrentPassword", People.Password)));
        var token = ready.Value("token")!;

        var (other, _) = await People.SignedInCustomerAsync(portal);
        var otherPage = await other.GetAsync("/profile");
        using (var stolen = await PostAsync(other, otherPage, "/profile/data/export/download", Form(("token", token))))
        {
            Assert.Equal(HttpStatusCode.NotFound, stolen.StatusCode);
            Assert.NotEqual("application/zip", stolen.Content.Headers.ContentType?.MediaType);
        }

        var stillUnused = await portal.WithDbAsync(db => db.Set<ExportDownload>().SingleAsync(d => d.PersonId == owner.Id));
        Assert.Null(stillUnused.UsedAt);
        Assert.Equal(TimeSpan.FromMinutes(15), stillUnused.ExpiresAt - stillUnused.CreatedAt);

        await portal.WithDbAsync(db => db.Set<ExportDownload>().Where(d => d.PersonId == owner.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.ExpiresAt, DateTime.UtcNow.AddSeconds(-1))));
        using var expired = await owner.Browser.SubmitAsync(ready, Form());
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.NotEqual("application/zip", expired.Content.Headers.ContentType?.MediaType);
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    // Every string value in the document, unescaped, wherever it sits.
    private static List<string> JsonStrings(string json)
    {
        var strings = new List<string>();
        using var document = JsonDocument.Parse(json);
        Walk(document.RootElement);
        return strings;

        void Walk(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    strings.Add(element.GetString()!);
                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Walk(item);
                    }

                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        Walk(property.Value);
                    }

                    break;
            }
        }
    }

    [Fact]
    public async Task A_Dutch_customer_reads_their_export_in_Dutch()
    {
        var customer = await UniqueCustomerAsync(portal);
        var ready = await customer.Browser.SubmitAndFollowAsync(await customer.Browser.GetAsync("/profile/data/export"), Form(("CurrentPassword", People.Password)));
        customer.Browser.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-NL");

        using var response = await customer.Browser.SubmitAsync(ready, Form());
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        var page = new HtmlParser().ParseDocument(Read(zip, "data.html"));
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Je persoonsgegevens bij RED-IT", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Doel en grondslag", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("uitvoering van een overeenkomst (AVG art. 6 lid 1 sub b)", page.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains(customer.Street, page.Body.TextContent, StringComparison.Ordinal);
        // What the rules say is Dutch too: purposes and how long each kind of data is kept.
        Assert.Contains("Weten met wie we zakendoen en contact opnemen per e-mail en telefoon (1.1)", page.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("Bewaard zolang het account bestaat: ", page.Body.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Kept ", page.Body.TextContent, StringComparison.Ordinal);
    }
}
