using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.Incidents.Desk;

// An update on a published outage, or its closing text when it is resolved. Key is made when the
// form is shown and becomes the update's id: the same form sent twice posts one update.
public sealed class IncidentUpdateInput
{
    public Guid? Key { get; set; }

    // Investigating or Monitoring; resolving has a form of its own.
    [Display(Name = "Status")]
    public IncidentStatus? Status { get; set; }

    [Display(Name = "Update (English)")]
    [Required(ErrorMessage = "Please write the update in English.")]
    [StringLength(IncidentInput.MaxBodyLength, ErrorMessage = "The text can be at most {1} characters.")]
    public string? BodyEn { get; set; }

    [Display(Name = "Update (Dutch)")]
    [Required(ErrorMessage = "Please write the update in Dutch.")]
    [StringLength(IncidentInput.MaxBodyLength, ErrorMessage = "The text can be at most {1} characters.")]
    public string? BodyNl { get; set; }

    [Display(Name = "Mail the affected customers")]
    public bool Mail { get; set; }

    public static IncidentUpdateInput New(bool mail) => new() { Key = Guid.NewGuid(), Status = IncidentStatus.Investigating, Mail = mail };
}
