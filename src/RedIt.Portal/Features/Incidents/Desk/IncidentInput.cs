using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.Incidents.Desk;

// An outage notice, new or a draft being edited, in both languages, with what it affects and when
// it started. That it affects something, and the start time, are checked by IncidentDesk, since
// they take several fields together and the clock.
public sealed class IncidentInput
{
    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 4000;

    [Display(Name = "Title (English)")]
    [Required(ErrorMessage = "Please give the English title.")]
    [StringLength(MaxTitleLength, ErrorMessage = "A title can be at most {1} characters.")]
    public string? TitleEn { get; set; }

    [Display(Name = "Title (Dutch)")]
    [Required(ErrorMessage = "Please give the Dutch title.")]
    [StringLength(MaxTitleLength, ErrorMessage = "A title can be at most {1} characters.")]
    public string? TitleNl { get; set; }

    [Display(Name = "What is going on (English)")]
    [Required(ErrorMessage = "Please say in English what is going on.")]
    [StringLength(MaxBodyLength, ErrorMessage = "The text can be at most {1} characters.")]
    public string? BodyEn { get; set; }

    [Display(Name = "What is going on (Dutch)")]
    [Required(ErrorMessage = "Please say in Dutch what is going on.")]
    [StringLength(MaxBodyLength, ErrorMessage = "The text can be at most {1} characters.")]
    public string? BodyNl { get; set; }

    // Amsterdam time as a datetime-local field sends it (2026-12-24T09:30); empty means now.
    [Display(Name = "Started (Amsterdam time)")]
    public string? StartedAt { get; set; }

    public List<Guid> Products { get; set; } = [];

    // One server or platform name per line or comma, as on the services, e.g. web01.
    [Display(Name = "Affected servers or platforms")]
    [StringLength(1000, ErrorMessage = "The list can be at most {1} characters.")]
    public string? Platforms { get; set; }

    public IReadOnlyList<string> PlatformNames =>
        (Platforms ?? "").Split([',', '\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
}
