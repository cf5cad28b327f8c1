using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.Mailboxes.Reports;

public sealed class SpamReportInput
{
    [Display(Name = "This message is")]
    [Required(ErrorMessage = "Please choose whether the message is spam or not.")]
    public SpamVerdict? Verdict { get; set; }

    [Display(Name = "The message (.eml file)")]
    public IFormFile? Message { get; set; }
}
