using System.Net;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Accounts.Sessions;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Security.Sessions;

// ASVS 3.3.2: a session ends after 12 hours whatever happens, and sooner when left alone: staff
// after 30 minutes, customers after a few hours. The clock is moved by moving the session's times.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "4")]
public sealed class SessionLimitTests(PortalFactory portal)
{
    [Fact]
    public async Task A_session_lasts_twelve_hours_at_most()
    {
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        var session = Assert.Single(await SignInCookie.SessionsOfAsync(portal, email));
        Assert.Equal(TimeSpan.FromHours(12), session.ExpiresAt - session.StartedAt);

        await SignInCookie.ShiftAsync(portal, email, s =>
        {
            s.StartedAt -= TimeSpan.FromHours(12);
            s.ExpiresAt -= TimeSpan.FromHours(12);
            return s;
        });

        using var response = await browser.Client.GetAsync("/profile");
        Assert.True(SignInCookie.IsSignInPage(response.Headers.Location?.OriginalString));
        Assert.Equal(SessionEnd.Expired, Assert.Single(await SignInCookie.SessionsOfAsync(portal, email)).EndReason);
    }

    [Fact]
    public async Task A_customer_left_alone_for_half_an_hour_is_still_signed_in_but_not_after_four_hours()
    {
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        await SignInCookie.ShiftAsync(portal, email, s =>
        {
            s.LastSeenAt -= TimeSpan.FromMinutes(31);
            return s;
        });
        using (var after31 = await browser.Client.GetAsync("/profile"))
        {
            Assert.Equal(HttpStatusCode.OK, after31.StatusCode);
        }

        await SignInCookie.ShiftAsync(portal, email, s =>
        {
            s.LastSeenAt -= SessionLimits.CustomerIdle;
            return s;
        });
        using var after4h = await browser.Client.GetAsync("/profile");
        Assert.True(SignInCookie.IsSignInPage(after4h.Headers.Location?.OriginalString));
        Assert.Equal(SessionEnd.IdleTooLong, Assert.Single(await SignInCookie.SessionsOfAsync(portal, email)).EndReason);
    }

    [Fact]
    public async Task A_staff_session_left_alone_for_thirty_minutes_ends()
    {
        var (browser, email) = await Consent.Staff.SignedInAsync(portal, PortalRoles.Support);
        using (var working = await browser.Client.GetAsync("/profile"))
        {
            Assert.Equal(HttpStatusCode.OK, working.StatusCode);
        }

        await SignInCookie.ShiftAsync(portal, email, s =>
        {
            s.LastSeenAt -= TimeSpan.FromMinutes(30);
            return s;
        });
        using var idle = await browser.Client.GetAsync("/profile");
        Assert.True(SignInCookie.IsSignInPage(idle.Headers.Location?.OriginalString), idle.Headers.Location?.OriginalString);
        Assert.Equal(SessionEnd.IdleTooLong, Assert.Single(await SignInCookie.SessionsOfAsync(portal, email)).EndReason);
    }
}
