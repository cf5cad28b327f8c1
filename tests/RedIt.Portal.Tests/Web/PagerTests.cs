using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Web;

// The one pager under every list, seen through the audit log: its filter is a query parameter
// the pager must keep.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "4")]
public sealed class PagerTests(PortalFactory portal)
{
    [Fact]
    public async Task The_pager_keeps_the_filter_says_where_you_are_and_clamps_the_page_number()
    {
        var person = await SeedEntriesAsync(AuditLogController.PageSize + 10);
        var admin = await People.SignedInStaffAsync(portal);

        var first = await admin.GetAsync($"/admin/audit-log?person={person}");
        var pager = first.Document.QuerySelector("nav.pager[aria-label='Pages']");
        Assert.NotNull(pager);
        Assert.Equal(AuditLogController.PageSize, Rows(first));
        Assert.Contains("Page 1 of 2", pager.TextContent, StringComparison.Ordinal);
        Assert.Null(pager.QuerySelector("a[rel='prev']"));
        Assert.Equal($"/admin/audit-log?person={person}&page=2", pager.QuerySelector("a[rel='next']")!.GetAttribute("href"));

        // Reading the log filtered by a person is itself logged under that person: one row more.
        var last = await admin.GetAsync($"/admin/audit-log?person={person}&page=99");
        Assert.Equal(11, Rows(last));
        var lastPager = last.Document.QuerySelector("nav.pager")!;
        Assert.Contains("Page 2 of 2", lastPager.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/admin/audit-log?person={person}&page=1", lastPager.QuerySelector("a[rel='prev']")!.GetAttribute("href"));
        Assert.Null(lastPager.QuerySelector("a[rel='next']"));
    }

    [Fact]
    public async Task The_pager_speaks_Dutch_and_is_left_out_when_one_page_holds_the_list()
    {
        var many = await SeedEntriesAsync(AuditLogController.PageSize + 1);
        var few = await SeedEntriesAsync(AuditLogController.PageSize);
        var admin = await People.SignedInStaffAsync(portal);
        admin.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-NL");

        var page = await admin.GetAsync($"/admin/audit-log?person={many}");
        var pager = page.Document.QuerySelector("nav.pager[aria-label=\"Pagina's\"]");
        Assert.NotNull(pager);
        Assert.Contains("Pagina 1 van 2", pager.TextContent, StringComparison.Ordinal);
        Assert.Equal("Volgende pagina", pager.QuerySelector("a[rel='next']")!.TextContent);

        var single = await admin.GetAsync($"/admin/audit-log?person={few}");
        Assert.Equal(AuditLogController.PageSize, Rows(single));
        Assert.Null(single.Document.QuerySelector("nav.pager"));
    }

    private static int Rows(Browserless.Page page) => page.Document.QuerySelectorAll("main table tbody tr").Length;

    private async Task<Guid> SeedEntriesAsync(int count)
    {
        var person = Guid.NewGuid();
        var now = DateTime.UtcNow;
        await portal.WithDbAsync(db =>
        {
            for (var i = 0; i < count; i++)
            {
                db.Add(new AuditLogEntry { Id = Guid.NewGuid(), At = now.AddSeconds(-i), Action = AuditAction.DataRequestViewed, SubjectPersonId = person, Details = "seeded" });
            }

            return db.SaveChangesAsync();
        });
        return person;
    }
}
