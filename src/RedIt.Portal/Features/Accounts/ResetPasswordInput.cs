using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.Accounts;

public sealed class ResetPasswordInput
{
    [Required(ErrorMessage = "This link is not valid (any more). Ask for a new one.")]
    public string? UserId { get; set; }

    [Required(ErrorMessage = "This link is not valid (any more). Ask for a new one.")]
    public string? Code { get; set; }

    [Display(Name = "New password")]
    [Required(ErrorMessage = "Please choose a new password.")]
    [MinLength(PasswordRules.MinimumLength, ErrorMessage = "Your password must be at least {1} characters long.")]
    [MaxLength(PasswordRules.MaximumLength, ErrorMessage = "Your password can be at most {1} characters long.")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [Display(Name = "Repeat new password")]
    [Required(ErrorMessage = "Please repeat your new password.")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
    [DataType(DataType.Password)]
    public string? ConfirmPassword { get; set; }
}
