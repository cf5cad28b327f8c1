using System.IO.Compression;
using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Calls;

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.1")]
public sealed class MyCallsTests(PortalFactory portal)
{
    [Fact]
    public async Task A_customer_sees_their_own_calls_with_how_long_they_are_kept_and_not_another_customers_call()
    {
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        var personId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var (other, _) = await People.SignedInCustomerAsync(portal);
        var (systemId, _) = await Phones.NewKeyAsync(portal);
        var mine = await CallsWorld.CallAsync(portal, systemId, personId, recorded: true);
        var unrecorded = await CallsWorld.CallAsync(portal, systemId, personId, recorded: false, at: DateTime.UtcNow.AddDays(-3));
        var stranger = await CallsWorld.CallAsync(portal, systemId, null, recorded: true);

        var profile = await browser.GetAsync("/profile");
        Assert.NotNull(profile.Document.QuerySelector("a[href='/profile/calls']"));
        var page = await browser.GetAsync("/profile/calls");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal([mine.Id.ToString(), unrecorded.Id.ToString()], page.Document.QuerySelectorAll("table.my-calls tbody tr").Select(r => r.GetAttribute("data-call")!));
        // The periods come from the privacy catalog: a year for the call, 90 days for the recording.
        Assert.Contains("We keep a call for 1 year and a recording for 90 days", page.Text, StringComparison.Ordinal);

        var details = await browser.GetAsync($"/profile/calls/{mine.Id}");
        Assert.Equal(HttpStatusCode.OK, details.Status);
        Assert.Contains("Recorded; kept for 90 days", details.Text, StringComparison.Ordinal);
        using (var notMine = await browser.Client.GetAsync($"/profile/calls/{stranger.Id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, notMine.StatusCode);
        }

        using var otherCustomers = await other.Client.GetAsync($"/profile/calls/{mine.Id}");
        Assert.Equal(HttpStatusCode.NotFound, otherCustomers.StatusCode);
        var otherList = await other.GetAsync("/profile/calls");
        Assert.Empty(otherList.Document.QuerySelectorAll("table.my-calls tbody tr"));
    }

    [Fact]
    public async Task The_export_holds_the_recordings_decrypted_as_audio_files()
    {
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        var personId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var (systemId, _) = await Phones.NewKeyAsync(portal);
        var audio = PhoneCalls.Wav(1234);
        await CallsWorld.CallAsync(portal, systemId, personId, recorded: true, audio: audio);

        var ready = await browser.SubmitAndFollowAsync(await browser.GetAsync("/profile/data/export"),
            new Dictionary<string, string>(StringComparer.Ordinal) { ["CurrentPassword"] = People.Password });
        using var response = await browser.SubmitAsync(ready, new Dictionary<string, string>(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);

        var entry = Assert.Single(zip.Entries, e => e.FullName.StartsWith("recordings/", StringComparison.Ordinal));
        Assert.EndsWith(".wav", entry.FullName, StringComparison.Ordinal);
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        Assert.Equal(audio, copy.ToArray());
        using var json = new StreamReader(zip.GetEntry("data.json")!.Open());
        Assert.Contains(entry.FullName, await json.ReadToEndAsync(), StringComparison.Ordinal);
    }
}
