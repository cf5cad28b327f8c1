using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.Profile;

public sealed class DisableTwoFactorInput
{
    [Display(Name = "Current password")]
    [Required(ErrorMessage = "Please enter your current password.")]
    [DataType(DataType.Password)]
    public string? CurrentPassword { get; set; }
}
