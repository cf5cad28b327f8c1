using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts.Sessions;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Security.Sessions;

// What an attacker who copied the sign-in cookie holds: the cookie alone, replayed from a client
// of their own.
internal static class SignInCookie
{
    public const string Name = "__Host-redit.auth";

    // Signs in on a new client and returns it together with the sign-in cookie it received.
    public static async Task<(Browserless Browser, string Cookie)> SignInAsync(PortalFactory portal, string email)
    {
        var browser = new Browserless(portal.CreateClient());
        var login = await browser.GetAsync("/account/login");
        using var response = await browser.SubmitAsync(login, new Dictionary<string, string>(StringComparer.Ordinal) { ["Email"] = email, ["Password"] = People.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (browser, From(response));
    }

    public static string From(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(Name + "=", StringComparison.Ordinal)).Split(';')[0];

    // The status and redirect a request with only this cookie gets.
    public static async Task<(HttpStatusCode Status, string? Location)> ReplayAsync(PortalFactory portal, string cookie, string path = "/profile")
    {
        using var client = portal.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, response.Headers.Location?.OriginalString);
    }

    public static Task<List<UserSession>> SessionsOfAsync(PortalFactory portal, string email) =>
        portal.WithDbAsync(db =>
        {
            var userId = db.Users.Where(u => u.Email == email).Select(u => u.Id);
            return db.Set<UserSession>().Where(s => userId.Contains(s.UserId)).OrderBy(s => s.StartedAt).ToListAsync();
        });

    // Moves a person's sessions back in time, as if the clock had run on.
    public static Task ShiftAsync(PortalFactory portal, string email, Func<UserSession, UserSession> change) =>
        portal.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            foreach (var session in await db.Set<UserSession>().Where(s => s.UserId == userId).ToListAsync())
            {
                change(session);
            }

            return await db.SaveChangesAsync();
        });

    public static bool IsSignInPage(string? location) =>
        location is not null && location.Contains("/account/login", StringComparison.Ordinal);
}
