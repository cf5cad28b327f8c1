using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.DataRequests.Admin;

public sealed class ExtendInput
{
    [Display(Name = "Extend by")]
    [Required(ErrorMessage = "Please choose by how many months.")]
    [Range(1, DataRequestService.MaxExtensionMonths, ErrorMessage = "The deadline can be extended by one or two months.")]
    public int? Months { get; set; }

    [Display(Name = "Reason (sent to the requester)")]
    [Required(ErrorMessage = "Please give the reason; the requester is told it.")]
    [StringLength(DataSubjectRequestConfiguration.ReasonLength, ErrorMessage = "The reason can be at most {1} characters.")]
    public string? Reason { get; set; }
}
