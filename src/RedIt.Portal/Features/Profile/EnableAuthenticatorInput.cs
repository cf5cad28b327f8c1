using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.Profile;

public sealed class EnableAuthenticatorInput
{
    [Display(Name = "Code from your authenticator app")]
    [Required(ErrorMessage = "Please enter the 6-digit code from your authenticator app.")]
    [RegularExpression(@"^\s*[0-9]{3}\s?[0-9]{3}\s*$", ErrorMessage = "The code has 6 digits.")]
    public string? Code { get; set; }

    // Filled by the page, never trusted: the key shown is read again from the store.
    public string? SharedKey { get; set; }

    public string? QrCodeDataUri { get; set; }

    public bool Required { get; set; }
}
