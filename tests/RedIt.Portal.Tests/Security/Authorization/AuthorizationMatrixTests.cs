using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace RedIt.Portal.Tests.Security.Authorization;

[Trait("Policy", "4")]
public sealed class AuthorizationMatrixTests(MatrixWorld world) : IClassFixture<MatrixWorld>
{
    [Fact]
    public void Every_route_of_the_portal_has_its_row()
    {
        var routes = world.Portal.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
                .Select(method => method + " /" + endpoint.RoutePattern.RawText!.TrimStart('/')))
            .ToHashSet(StringComparer.Ordinal);
        var rows = AuthorizationMatrix.Rows.Select(r => r.Route).ToList();

        Assert.Equal(rows.Count, rows.Distinct(StringComparer.Ordinal).Count());
        Assert.True(routes.Except(rows).Order(StringComparer.Ordinal).ToList() is [],
            "Routes without rows in AuthorizationMatrix: " + string.Join(", ", routes.Except(rows).Order(StringComparer.Ordinal)));
        Assert.True(rows.Except(routes).ToList() is [], "Rows for routes that no longer exist: " + string.Join(", ", rows.Except(routes)));
        Assert.All(AuthorizationMatrix.Rows, row => Assert.Equal(Enum.GetValues<Actor>().Length, row.Expected.Count));
    }

    [Fact]
    public async Task Every_actor_gets_the_answer_in_the_matrix()
    {
        var tokens = new Dictionary<Actor, string>();
        foreach (var actor in Enum.GetValues<Actor>())
        {
            tokens[actor] = await AntiforgeryTokenAsync(actor);
        }

        var wrong = new List<string>();
        // Signing out goes last, or every row after it would meet a signed-out actor.
        foreach (var row in AuthorizationMatrix.Rows.OrderBy(r => r.Route.EndsWith("/logout", StringComparison.Ordinal)))
        {
            foreach (var (actor, expected) in row.Expected)
            {
                var actual = await AnswerAsync(actor, row, tokens[actor]);
                if (actual != expected.ToString())
                {
                    wrong.Add($"{row.Route} as {actor}: expected {expected}, got {actual}");
                }
            }
        }

        Assert.True(wrong.Count == 0, wrong.Count + " answers differ from the matrix:\n" + string.Join('\n', wrong));
    }

    private async Task<string> AnswerAsync(Actor actor, MatrixRow row, string token)
    {
        var client = world.Browser(actor).Client;
        var path = world.Fill(row.Path);
        using var response = row.Method == "POST"
            ? await client.PostAsync(path, Form(row, token))
            : await client.GetAsync(path);
        var location = response.Headers.Location?.ToString() ?? "";
        return (int)response.StatusCode switch
        {
            200 => nameof(Answer.Ok),
            302 or 303 when location.Contains("/account/login?", StringComparison.OrdinalIgnoreCase) => nameof(Answer.SignIn),
            302 or 303 when location.Contains("/account/access-denied", StringComparison.OrdinalIgnoreCase) => nameof(Answer.Forbidden),
            302 or 303 => nameof(Answer.Redirect),
            401 => nameof(Answer.Unauthorized),
            403 => nameof(Answer.Forbidden),
            404 => nameof(Answer.NotFound),
            410 => nameof(Answer.Gone),
            var status => $"HTTP {status} {location}",
        };
    }

    private FormUrlEncodedContent Form(MatrixRow row, string token)
    {
        var fields = (row.Form ?? new Dictionary<string, string>(StringComparer.Ordinal))
            .Select(f => KeyValuePair.Create(f.Key, world.Fill(f.Value)))
            .Append(KeyValuePair.Create("__RequestVerificationToken", token));
        return new FormUrlEncodedContent(fields);
    }

    // Any page's footer has the language form, and with it a token for this actor's session.
    private async Task<string> AntiforgeryTokenAsync(Actor actor)
    {
        var page = await world.Browser(actor).GetAsync("/privacy");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Document.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No antiforgery token on /privacy");
    }
}
