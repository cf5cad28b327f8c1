using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.Accounts.Sessions;

public sealed class ConfirmPasswordInput
{
    [Required(ErrorMessage = "Please enter your password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}
