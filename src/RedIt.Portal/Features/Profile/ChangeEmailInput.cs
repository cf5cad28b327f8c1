using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.Profile;

public sealed class ChangeEmailInput
{
    [Display(Name = "New e-mail address")]
    [Required(ErrorMessage = "Please enter the new e-mail address.")]
    [EmailAddress(ErrorMessage = "This is not a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "The e-mail address can be at most {1} characters.")]
    public string? NewEmail { get; set; }

    [Display(Name = "Current password")]
    [Required(ErrorMessage = "Please enter your current password.")]
    [DataType(DataType.Password)]
    public string? CurrentPassword { get; set; }
}
