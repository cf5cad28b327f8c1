using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.Holds;

// What the form to place a hold posts; whether Until lies in the future is checked by LegalHoldDesk.
public sealed class LegalHoldInput
{
    public const int MaxReasonLength = 1000;

    [Display(Name = "Reason")]
    [Required(ErrorMessage = "Please say why the record must be kept, such as the dispute or the authority's request.")]
    [StringLength(MaxReasonLength, ErrorMessage = "A reason can be at most {1} characters.")]
    public string? Reason { get; set; }

    // Empty: until someone lifts it.
    [Display(Name = "Until (optional)")]
    [DataType(DataType.Date)]
    public DateOnly? Until { get; set; }
}
