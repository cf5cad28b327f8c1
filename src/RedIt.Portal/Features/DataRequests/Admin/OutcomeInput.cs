using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.DataRequests.Admin;

// The note for completing a request, or the reason for rejecting it; both go into the letter.
public sealed class OutcomeInput
{
    [Display(Name = "Note for the letter of outcome")]
    [StringLength(DataSubjectRequestConfiguration.MessageLength, ErrorMessage = "The note can be at most {1} characters.")]
    public string? Note { get; set; }
}
