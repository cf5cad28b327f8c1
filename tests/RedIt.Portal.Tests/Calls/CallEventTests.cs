using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Calls;
using RedIt.Portal.Tests.Infrastructure;
using static RedIt.Portal.Tests.Calls.PhoneCalls;

namespace RedIt.Portal.Tests.Calls;

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "1.2")]
public sealed class CallEventTests(PortalFactory portal)
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_inbound_call_is_linked_to_the_caller_and_a_replayed_or_late_event_changes_nothing()
    {
        var (national, e164) = Phones.NewMobile();
        var (personId, _, _) = await Phones.CustomerAsync(portal, national);
        var (systemId, key) = await Phones.NewKeyAsync(portal);
        using var pbx = Phones.Client(portal, key);
        var callId = NewCallId();

        var started = new { callId, @event = "started", direction = "inbound", caller = national, dialled = "+31881234567", at = Start };
        Assert.Equal("ringing", await StatusAsync(await PostEventAsync(pbx, started)));
        var answered = new { callId, @event = "answered", agent = "201", at = Start.AddSeconds(10) };
        Assert.Equal("answered", await StatusAsync(await PostEventAsync(pbx, answered)));
        var ended = new { callId, @event = "ended", durationSeconds = 95, at = Start.AddSeconds(105) };
        var first = await BodyAsync(await PostEventAsync(pbx, ended));
        var before = await CallAsync(systemId, callId);

        // The same events again and in another order: the same answer, the same row.
        Assert.Equal(first, await BodyAsync(await PostEventAsync(pbx, ended)));
        Assert.Equal("ended", await StatusAsync(await PostEventAsync(pbx, answered with { })));
        Assert.Equal("ended", await StatusAsync(await PostEventAsync(pbx, new { callId, @event = "started", direction = "outbound", caller = "0201234567", at = Start.AddHours(1) })));
        var after = await CallAsync(systemId, callId);

        Assert.Equal(CallStatus.Ended, after.Status);
        Assert.Equal(personId, after.PersonId);
        Assert.Equal(e164, after.CallerNumber);
        Assert.Equal(CallDirection.Inbound, after.Direction);
        Assert.Equal("201", after.Agent);
        Assert.Equal(95, after.DurationSeconds);
        Assert.Equal(Start.UtcDateTime, after.At);
        Assert.Equivalent(before, after);
        Assert.Equal(1, await portal.WithDbAsync(db => db.Set<CallRecord>().CountAsync(c => c.ExternalCallId == callId)));
    }

    [Fact]
    public async Task Ended_without_answered_is_missed_and_an_outbound_call_is_linked_by_the_dialled_number()
    {
        var (national, _) = Phones.NewMobile();
        var (personId, _, _) = await Phones.CustomerAsync(portal, national);
        var (systemId, key) = await Phones.NewKeyAsync(portal);
        using var pbx = Phones.Client(portal, key);

        var missed = NewCallId();
        await PostEventAsync(pbx, new { callId = missed, @event = "started", caller = national, at = Start });
        Assert.Equal("missed", await StatusAsync(await PostEventAsync(pbx, new { callId = missed, @event = "ended", at = Start.AddSeconds(30) })));
        // A late "answered" does not bring a missed call back.
        Assert.Equal("missed", await StatusAsync(await PostEventAsync(pbx, new { callId = missed, @event = "answered", at = Start.AddSeconds(5) })));

        var outbound = NewCallId();
        await PostEventAsync(pbx, new { callId = outbound, @event = "started", direction = "outbound", caller = "201", dialled = national, agent = "201", at = Start });
        var call = await CallAsync(systemId, outbound);
        Assert.Equal(personId, call.PersonId);
        Assert.Equal("201", call.CallerNumber);
        Assert.Equal(CallStatus.Missed, (await CallAsync(systemId, missed)).Status);

        // The same call id from another phone system is another call.
        var (otherId, otherKey) = await Phones.NewKeyAsync(portal, "Other PBX");
        using var other = Phones.Client(portal, otherKey);
        Assert.Equal("ringing", await StatusAsync(await PostEventAsync(other, new { callId = missed, @event = "started", caller = national })));
        Assert.Equal(CallStatus.Ringing, (await CallAsync(otherId, missed)).Status);
    }

    [Fact]
    public async Task A_wrong_event_is_a_400_problem_and_stores_nothing()
    {
        var (_, key) = await Phones.NewKeyAsync(portal);
        using var pbx = Phones.Client(portal, key);
        var callId = NewCallId();

        foreach (var body in new object[]
        {
            new { callId, @event = "hung-up" },
            new { @event = "started" },
            new { callId, @event = "started", direction = "sideways" },
            new { callId, @event = "ended", durationSeconds = -1 },
        })
        {
            using var response = await PostEventAsync(pbx, body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }

        Assert.Equal(0, await portal.WithDbAsync(db => db.Set<CallRecord>().CountAsync(c => c.ExternalCallId == callId)));
    }

    [Fact]
    [Trait("Policy", "2.1")]
    public async Task A_recording_is_checked_by_content_stored_encrypted_once_per_call()
    {
        var (systemId, key) = await Phones.NewKeyAsync(portal);
        using var pbx = Phones.Client(portal, key);
        var callId = NewCallId();
        await PostEventAsync(pbx, new { callId, @event = "started", caller = "0201234567" });
        var wav = Wav();

        // Not a call this phone system reported.
        using (var unknown = await PostRecordingAsync(pbx, NewCallId(), wav))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }

        // A PDF called .wav is refused; a WAVE file called .mp3 and claimed as MP3 is a WAVE file.
        using (var pdf = await PostRecordingAsync(pbx, callId, "%PDF-1.7\n%âãÏÓ\n1 0 obj"u8.ToArray(), "call.wav"))
        {
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, pdf.StatusCode);
        }

        using (var stored = await PostRecordingAsync(pbx, callId, wav, "call.mp3", "audio/mpeg"))
        {
            Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
            Assert.True(JsonDocument.Parse(await stored.Content.ReadAsStringAsync()).RootElement.GetProperty("recorded").GetBoolean());
        }

        var call = await CallAsync(systemId, callId);
        var recording = await portal.WithDbAsync(db => db.Set<CallRecording>().AsNoTracking().SingleAsync(r => r.CallRecordId == call.Id));
        Assert.Equal("audio/wav", recording.ContentType);
        Assert.Equal(wav.Length, recording.SizeBytes);
        Assert.NotEqual(wav, recording.EncryptedContent);
        Assert.False(recording.EncryptedContent.AsSpan().IndexOf(wav.AsSpan(44, 64)) >= 0, "The samples are readable in the database.");

        // A second upload, as a raw body this time: 200, and the first recording stays.
        using (var raw = new ByteArrayContent(Wav(100)))
        using (var again = await pbx.PostAsync($"/api/phone/calls/{callId}/recording", raw))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        var still = await portal.WithDbAsync(db => db.Set<CallRecording>().AsNoTracking().Where(r => r.CallRecordId == call.Id).ToListAsync());
        Assert.Equal(recording.EncryptedContent, Assert.Single(still).EncryptedContent);
    }

    [Fact]
    [Trait("Policy", "2.1")]
    public async Task Mp3_and_ogg_recordings_are_taken_as_a_raw_body()
    {
        var (_, key) = await Phones.NewKeyAsync(portal);
        using var pbx = Phones.Client(portal, key);
        foreach (var (audio, type) in new[] { ([.. "ID3"u8, 4, 0, 0, 0, 0, 0, 0], "audio/mpeg"), ([0xFF, 0xFB, 0x90, 0x64, 0, 0, 0, 0], "audio/mpeg"), ("OggS\0\u0002"u8.ToArray(), "audio/ogg") })
        {
            var callId = NewCallId();
            await PostEventAsync(pbx, new { callId, @event = "started" });
            using var body = new ByteArrayContent(audio);
            using var response = await pbx.PostAsync($"/api/phone/calls/{callId}/recording", body);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(type, await portal.WithDbAsync(db => db.Set<CallRecording>().Where(r => r.Call.ExternalCallId == callId).Select(r => r.ContentType).SingleAsync()));
        }
    }

    private Task<CallRecord> CallAsync(Guid systemId, string callId) =>
        portal.WithDbAsync(db => db.Set<CallRecord>().AsNoTracking().SingleAsync(c => c.PhoneSystemId == systemId && c.ExternalCallId == callId));

    private static async Task<string> BodyAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }
    }

    private static async Task<string> StatusAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await BodyAsync(response)).RootElement.GetProperty("status").GetString()!;
}
