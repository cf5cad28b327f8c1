using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace RedIt.Portal.Features.Calls;

// What a phone system posts about a call: {"callId":"1700000000.42","event":"answered",
// "direction":"inbound","caller":"0612345678","dialled":"+31881234567","agent":"201",
// "durationSeconds":95,"at":"2026-12-06T09:30:00Z"}.
public sealed class CallEventInput
{
    [Required]
    [StringLength(100)]
    [JsonPropertyName("callId")]
    public string? CallId { get; set; }

    [Required]
    [RegularExpression("^(started|answered|ended)$", ErrorMessage = "The event is started, answered or ended.")]
    [JsonPropertyName("event")]
    public string? Event { get; set; }

    // Inbound when left out: most calls a PBX reports are to the service number.
    [RegularExpression("^(inbound|outbound)$", ErrorMessage = "The direction is inbound or outbound.")]
    [JsonPropertyName("direction")]
    public string? Direction { get; set; }

    [StringLength(40)]
    [JsonPropertyName("caller")]
    public string? Caller { get; set; }

    [StringLength(40)]
    [JsonPropertyName("dialled")]
    public string? Dialled { get; set; }

    [StringLength(100)]
    [JsonPropertyName("agent")]
    public string? Agent { get; set; }

    [Range(0, 86_400)]
    [JsonPropertyName("durationSeconds")]
    public int? DurationSeconds { get; set; }

    // When it happened at the phone system; when it is left out, when the portal heard of it.
    [JsonPropertyName("at")]
    public DateTimeOffset? At { get; set; }
}

// The answer to every event about a call, the same for a replay: the call's state now.
public sealed record CallEventAnswer(
    [property: JsonPropertyName("callId")] string CallId,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("recorded")] bool Recorded);
