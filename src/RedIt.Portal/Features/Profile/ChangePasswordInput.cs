using System.ComponentModel.DataAnnotations;
using RedIt.Portal.Features.Accounts;

namespace RedIt.Portal.Features.Profile;

public sealed class ChangePasswordInput
{
    [Display(Name = "Current password")]
    [Required(ErrorMessage = "Please enter your current password.")]
    [DataType(DataType.Password)]
    public string? CurrentPassword { get; set; }

    [Display(Name = "New password")]
    [Required(ErrorMessage = "Please choose a new password.")]
    [MinLength(PasswordRules.MinimumLength, ErrorMessage = "Your password must be at least {1} characters long.")]
    [MaxLength(PasswordRules.MaximumLength, ErrorMessage = "Your password can be at most {1} characters long.")]
    [DataType(DataType.Password)]
    public string? NewPassword { get; set; }

    [Display(Name = "Repeat new password")]
    [Required(ErrorMessage = "Please repeat your new password.")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two passwords are not the same.")]
    [DataType(DataType.Password)]
    public string? ConfirmPassword { get; set; }
}
