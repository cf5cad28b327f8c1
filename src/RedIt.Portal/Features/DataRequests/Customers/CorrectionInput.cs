using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.DataRequests.Customers;

public sealed class CorrectionInput
{
    [Display(Name = "What should we correct?")]
    [Required(ErrorMessage = "Please tell us what is wrong and what it should be.")]
    [StringLength(DataSubjectRequestConfiguration.MessageLength, ErrorMessage = "Your message can be at most {1} characters.")]
    public string? Message { get; set; }
}
