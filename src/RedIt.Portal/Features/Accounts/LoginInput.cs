using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.Accounts;

public sealed class LoginInput
{
    [Display(Name = "E-mail address")]
    [Required(ErrorMessage = "Please enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "This is not a valid e-mail address.")]
    public string? Email { get; set; }

    [Display(Name = "Password")]
    [Required(ErrorMessage = "Please enter your password.")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [Display(Name = "Keep me signed in on this device")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}
