using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.Accounts;

public sealed class ForgotPasswordInput
{
    [Display(Name = "E-mail address")]
    [Required(ErrorMessage = "Please enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "This is not a valid e-mail address.")]
    public string? Email { get; set; }
}
