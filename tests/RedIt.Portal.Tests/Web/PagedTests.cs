using Microsoft.AspNetCore.Http;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Tests.Web;

[Trait("Policy", "4")]
public sealed class PagedTests
{
    private static readonly IReadOnlyList<int> FortyFive = Enumerable.Range(1, 45).ToList();

    [Theory]
    [InlineData(1, 1, 20)]
    [InlineData(2, 21, 20)]
    [InlineData(3, 41, 5)]
    public void A_page_holds_its_share_of_the_rows(int page, int first, int count)
    {
        var paged = FortyFive.ToPaged(page, pageSize: 20);
        Assert.Equal(page, paged.Page);
        Assert.Equal(3, paged.PageCount);
        Assert.Equal(45, paged.Total);
        Assert.Equal(Enumerable.Range(first, count), paged.Items);
        Assert.Equal(page > 1, paged.HasPrevious);
        Assert.Equal(page < 3, paged.HasNext);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    [InlineData(4, 3)]
    [InlineData(int.MaxValue, 3)]
    public void A_page_number_outside_the_list_shows_its_first_or_last_page(int asked, int shown) =>
        Assert.Equal(shown, FortyFive.ToPaged(asked, pageSize: 20).Page);

    [Fact]
    public void An_empty_list_is_one_empty_page()
    {
        var paged = Array.Empty<int>().ToPaged(3);
        Assert.Equal(1, paged.Page);
        Assert.Equal(1, paged.PageCount);
        Assert.Empty(paged.Items);
        Assert.False(paged.HasPrevious);
        Assert.False(paged.HasNext);
    }

    [Fact]
    public void A_link_to_another_page_keeps_the_other_query_parameters()
    {
        var request = new DefaultHttpContext().Request;
        request.Path = "/admin/audit-log";
        request.QueryString = new QueryString("?person=a%20b&page=3&tag=x&tag=y");
        Assert.Equal("/admin/audit-log?person=a%20b&tag=x&tag=y&page=4", PageLinks.To(request, 4));

        request.QueryString = QueryString.Empty;
        Assert.Equal("/admin/audit-log?page=2", PageLinks.To(request, 2));
    }
}
