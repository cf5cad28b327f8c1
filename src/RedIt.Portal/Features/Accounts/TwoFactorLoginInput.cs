using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.Accounts;

public sealed class TwoFactorLoginInput
{
    [Display(Name = "Code from your authenticator app")]
    [Required(ErrorMessage = "Please enter the 6-digit code from your authenticator app.")]
    [RegularExpression(@"^\s*[0-9]{3}\s?[0-9]{3}\s*$", ErrorMessage = "The code has 6 digits.")]
    public string? Code { get; set; }

    [Display(Name = "Remember this device")]
    public bool RememberMachine { get; set; }

    public bool RememberMe { get; set; }

    // Staff are never offered "remember this device".
    public bool OfferRememberMachine { get; set; }

    public string? ReturnUrl { get; set; }
}
