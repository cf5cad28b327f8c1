using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace RedIt.Portal.Features.Services.Usage;

// What the hosting platform posts, one metric of one service at a time:
// {"serviceId":"…","metric":"traffic","usedGb":81.5,"limitGb":100,"measuredAt":"2026-12-06T09:30:00Z"}.
// GB are 10^9 bytes; traffic is what the service used so far this calendar month.
public sealed class UsageReportInput
{
    public const double MaxGb = 1_000_000;

    [Required(ErrorMessage = "The serviceId is the portal's id of the service.")]
    [JsonPropertyName("serviceId")]
    public Guid? ServiceId { get; set; }

    [Required(ErrorMessage = "The metric is traffic or storage.")]
    [RegularExpression("^(traffic|storage)$", ErrorMessage = "The metric is traffic or storage.")]
    [JsonPropertyName("metric")]
    public string? Metric { get; set; }

    [Required(ErrorMessage = "usedGb is the usage in GB, such as 81.5.")]
    [Range(0, MaxGb, ErrorMessage = "usedGb is from 0 to 1000000.")]
    [JsonPropertyName("usedGb")]
    public decimal? UsedGb { get; set; }

    // Left out, the service's product says what its limit is.
    [Range(0.001, MaxGb, ErrorMessage = "limitGb is more than 0 and at most 1000000.")]
    [JsonPropertyName("limitGb")]
    public decimal? LimitGb { get; set; }

    // When the platform measured; left out, when the portal heard of it.
    [JsonPropertyName("measuredAt")]
    public DateTimeOffset? MeasuredAt { get; set; }

    public UsageMetric MetricValue => Metric == "storage" ? UsageMetric.Storage : UsageMetric.Traffic;
}

// The answer: what the portal made of the report. Counted is false for a report measured in a
// month that is over; MailedPercent is the threshold this report mailed the customer about.
public sealed record UsageAnswer(
    [property: JsonPropertyName("serviceId")] Guid ServiceId,
    [property: JsonPropertyName("metric")] string Metric,
    [property: JsonPropertyName("period")] string Period,
    [property: JsonPropertyName("usedGb")] decimal UsedGb,
    [property: JsonPropertyName("limitGb")] decimal? LimitGb,
    [property: JsonPropertyName("percent")] decimal? Percent,
    [property: JsonPropertyName("counted")] bool Counted,
    [property: JsonPropertyName("mailedPercent")] int? MailedPercent);
