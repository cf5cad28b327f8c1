using System.ComponentModel.DataAnnotations;
using RedIt.Portal.Features.Customers;

namespace RedIt.Portal.Features.Accounts;

public sealed class RegisterInput : CustomerDetailsInput
{
    [Display(Name = "E-mail address")]
    [Required(ErrorMessage = "Please enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "This is not a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "The e-mail address can be at most {1} characters.")]
    public string? Email { get; set; }

    [Display(Name = "Password")]
    [Required(ErrorMessage = "Please choose a password.")]
    [MinLength(PasswordRules.MinimumLength, ErrorMessage = "Your password must be at least {1} characters long.")]
    [MaxLength(PasswordRules.MaximumLength, ErrorMessage = "Your password can be at most {1} characters long.")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [Display(Name = "Repeat password")]
    [Required(ErrorMessage = "Please repeat your password.")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
    [DataType(DataType.Password)]
    public string? ConfirmPassword { get; set; }

    [Display(Name = "I have read the privacy policy")]
    [Range(typeof(bool), "true", "true", ErrorMessage = "Please confirm that you have read the privacy policy.")]
    public bool AcceptPrivacyPolicy { get; set; }

    // Clause 2.8: optional and unticked, so news e-mails only ever go to those who asked for them.
    [Display(Name = "Send me RED-IT news e-mails")]
    public bool NewsEmails { get; set; }
}
