using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.Accounts;

public sealed class RecoveryCodeLoginInput
{
    [Display(Name = "Recovery code")]
    [Required(ErrorMessage = "Please enter one of your recovery codes.")]
    [StringLength(32, ErrorMessage = "A recovery code is shorter than that.")]
    public string? RecoveryCode { get; set; }

    public string? ReturnUrl { get; set; }
}
