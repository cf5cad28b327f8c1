using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.PolicyVersions;

public sealed class PublishPolicyInput
{
    [Display(Name = "Full text of the privacy policy")]
    [Required(ErrorMessage = "Please enter the full text of the privacy policy.")]
    [StringLength(PolicyVersionConfiguration.MaxTextLength, MinimumLength = 200, ErrorMessage = "The policy text must be between {2} and {1} characters long.")]
    public string? Text { get; set; }

    [Display(Name = "What changed")]
    [Required(ErrorMessage = "Please describe what changed.")]
    [StringLength(PolicyVersionConfiguration.MaxSummaryLength, ErrorMessage = "The description of the change can be at most {1} characters.")]
    public string? ChangeSummary { get; set; }

    // No default: whether every customer gets an e-mail is a choice to make on purpose.
    [Display(Name = "Is this a significant change?")]
    [Required(ErrorMessage = "Please choose whether this is a significant change.")]
    public bool? Significant { get; set; }

    public bool Confirmed { get; set; }
}
