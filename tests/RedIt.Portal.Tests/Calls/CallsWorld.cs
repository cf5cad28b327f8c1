using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Calls;
using RedIt.Portal.Infrastructure.Files;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Calls;

// Customer A's part of the authorization matrix's world for the phone routes: a phone system
// ("{phoneSystem}"), its key ("{phoneKey}") and a recorded call of A's ("{call}", "{callId}").
internal static class CallsWorld
{
    public static async Task SeedAsync(PortalFactory portal, Guid customerAId, Dictionary<string, string> ids)
    {
        var (systemId, key) = await Phones.NewKeyAsync(portal, "Matrix PBX");
        ids["phoneSystem"] = systemId.ToString();
        ids["phoneKey"] = key;
        var call = await CallAsync(portal, systemId, customerAId, recorded: true);
        ids["call"] = call.Id.ToString();
        ids["callId"] = call.ExternalCallId;
    }

    // A call of this person's, answered and ended, with a short WAVE recording when asked.
    public static async Task<CallRecord> CallAsync(PortalFactory portal, Guid systemId, Guid? personId, bool recorded, DateTime? at = null, byte[]? audio = null)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RedIt.Portal.Data.PortalDbContext>();
        var start = at ?? DateTime.UtcNow.AddMinutes(-10);
        var call = new CallRecord
        {
            Id = Guid.NewGuid(),
            PhoneSystemId = systemId,
            ExternalCallId = PhoneCalls.NewCallId(),
            Direction = CallDirection.Inbound,
            CallerNumber = "+31201234567",
            DialledNumber = "+31881234567",
            PersonId = personId,
            Agent = "201",
            Status = CallStatus.Ended,
            At = start,
            AnsweredAt = start.AddSeconds(5),
            EndedAt = start.AddSeconds(65),
            DurationSeconds = 60,
        };
        db.Add(call);
        await db.SaveChangesAsync();
        if (recorded)
        {
            await scope.ServiceProvider.GetRequiredService<CallEvents>().AddRecordingAsync(call, SniffedType.Wav, audio ?? PhoneCalls.Wav());
        }

        return call;
    }
}
