using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Calls;
using RedIt.Portal.Tests.Consent;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Calls;

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "1.2")]
public sealed class PhoneSystemKeyTests(PortalFactory portal)
{
    [Fact]
    public async Task Admin_makes_a_key_that_is_shown_once_stored_as_a_hash_works_and_after_revoking_gets_401()
    {
        var (admin, _) = await Staff.SignedInAsync(portal, PortalRoles.Admin);
        var name = "PBX " + Guid.NewGuid().ToString("N");
        var form = await admin.GetAsync("/admin/phone-systems/new");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        var empty = await admin.SubmitAndFollowAsync(form, new Dictionary<string, string>(StringComparer.Ordinal) { ["Name"] = " " });
        Assert.Equal("Enter a name for the phone system.", empty.FieldError("Name"));

        var created = await admin.SubmitAndFollowAsync(form, new Dictionary<string, string>(StringComparer.Ordinal) { ["Name"] = name });
        var key = created.Document.QuerySelector("#phone-system-key")!.TextContent;
        Assert.StartsWith(PhoneSystemKeys.Marker, key, StringComparison.Ordinal);
        var system = await portal.WithDbAsync(db => db.Set<PhoneSystem>().AsNoTracking().SingleAsync(s => s.Name == name));
        Assert.Equal(PhoneSystemKeys.Hash(key), system.KeyHash);
        Assert.Equal(key[..PhoneSystemKeys.PrefixLength], system.KeyPrefix);
        Assert.Null(system.LastUsedAt);

        // The list names it by prefix, never with the key.
        var list = await admin.GetAsync("/admin/phone-systems");
        Assert.NotNull(list.Document.QuerySelector($"tr[data-phone-system='{system.Id}']"));
        Assert.DoesNotContain(key, list.Html, StringComparison.Ordinal);

        // Bearer or X-Api-Key, both open the lookup and mark the key as used.
        using (var bearer = Phones.Client(portal, key))
        using (var answer = await bearer.GetAsync("/api/phone/lookup?number=0612345678&format=text"))
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }

        using var headerClient = portal.CreateClient();
        headerClient.DefaultRequestHeaders.Add("X-Api-Key", key);
        using (var answer = await headerClient.GetAsync("/api/phone/lookup?number=0612345678&format=text"))
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }

        Assert.NotNull(await portal.WithDbAsync(db => db.Set<PhoneSystem>().Where(s => s.Id == system.Id).Select(s => s.LastUsedAt).SingleAsync()));

        var confirm = await admin.GetAsync($"/admin/phone-systems/{system.Id}/revoke");
        Assert.Equal(HttpStatusCode.OK, confirm.Status);
        var revoked = await admin.SubmitAndFollowAsync(confirm, new Dictionary<string, string>(StringComparer.Ordinal));
        Assert.Contains("The phone system's key is revoked.", revoked.Text, StringComparison.Ordinal);
        Assert.NotNull(await portal.WithDbAsync(db => db.Set<PhoneSystem>().Where(s => s.Id == system.Id).Select(s => s.RevokedAt).SingleAsync()));
        var audited = await portal.WithDbAsync(db => db.Set<AuditLogEntry>()
            .Where(e => e.Details.Contains(system.Id.ToString()))
            .Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditAction.PhoneSystemCreated, audited);
        Assert.Contains(AuditAction.PhoneSystemRevoked, audited);

        using (var afterRevoke = await headerClient.GetAsync("/api/phone/lookup?number=0612345678"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
        }
    }

    [Fact]
    public async Task An_unknown_key_no_key_and_a_signed_in_admin_get_401_from_the_phone_api()
    {
        using var unknown = Phones.Client(portal, PhoneSystemKeys.New());
        using (var response = await unknown.GetAsync("/api/phone/lookup?number=0612345678"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }

        using var anonymous = portal.CreateClient();
        using (var response = await anonymous.GetAsync("/api/phone/lookup?number=0612345678"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        var (admin, _) = await Staff.SignedInAsync(portal, PortalRoles.Admin);
        using (var response = await admin.Client.GetAsync("/api/phone/lookup?number=0612345678"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_key_opens_no_page_outside_the_phone_api()
    {
        var (_, key) = await Phones.NewKeyAsync(portal);
        using var pbx = Phones.Client(portal, key);
        foreach (var path in new[] { "/admin", "/admin/phone-systems", "/desk", "/profile", "/staff/customers" })
        {
            using var response = await pbx.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }
}

[Trait("Policy", "1.2")]
public sealed class PhoneSystemRateLimitTests
{
    [Fact]
    public async Task A_key_over_its_limit_gets_429_with_retry_after_while_another_key_goes_on()
    {
        using var portal = new PortalFactory().With("Calls:PermitsPerMinute", "3").With("Calls:MaxRecordingBytes", "2048");
        var (_, key) = await Phones.NewKeyAsync(portal);
        var (_, other) = await Phones.NewKeyAsync(portal, "Other PBX");
        using var pbx = Phones.Client(portal, key);
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await pbx.GetAsync("/api/phone/lookup?number=0612345678&format=text");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var limited = await pbx.GetAsync("/api/phone/lookup?number=0612345678&format=text");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After: " + limited.Headers.RetryAfter);

        using var otherClient = Phones.Client(portal, other);
        using var fine = await otherClient.GetAsync("/api/phone/lookup?number=0612345678&format=text");
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);

        // The same portal has a small recording limit: a bigger file is refused and nothing stored.
        var callId = PhoneCalls.NewCallId();
        using (await PhoneCalls.PostEventAsync(otherClient, new { callId, @event = "started" }))
        {
        }

        using var tooBig = await PhoneCalls.PostRecordingAsync(otherClient, callId, PhoneCalls.Wav(2000));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.Set<CallRecording>().AnyAsync(r => r.Call.ExternalCallId == callId)));
    }
}
