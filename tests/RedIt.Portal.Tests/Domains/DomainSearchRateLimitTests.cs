using System.Net;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Domains;

// Every search is a request to the supplier: a client that keeps searching is stopped.
[Trait("Policy", "2.3")]
public sealed class DomainSearchRateLimitTests
{
    [Fact]
    public async Task A_client_over_its_searches_per_minute_gets_429()
    {
        using var portal = new PortalFactory().With("Security:DomainSearchesPerMinute", "2");
        using var client = portal.CreateClient();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync(new Uri($"/domains?name=shop{i}", UriKind.Relative));
            answers.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
    }
}
