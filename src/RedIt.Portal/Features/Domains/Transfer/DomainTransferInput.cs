using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.Domains.Transfer;

public sealed class DomainTransferInput
{
    [Display(Name = "Domain name")]
    [Required(ErrorMessage = "Please give the domain name to transfer, such as example.nl.")]
    [StringLength(253, ErrorMessage = "A domain name is at most {1} characters.")]
    public string? Domain { get; set; }

    [Display(Name = "Auth code")]
    [Required(ErrorMessage = "Please give the auth code from your current provider.")]
    [StringLength(DomainTransferCodes.MaxLength, ErrorMessage = "An auth code is at most {1} characters.")]
    public string? AuthCode { get; set; }
}

public sealed class TransferCodeInput
{
    [Display(Name = "New auth code")]
    [Required(ErrorMessage = "Please give the auth code from your current provider.")]
    [StringLength(DomainTransferCodes.MaxLength, ErrorMessage = "An auth code is at most {1} characters.")]
    public string? AuthCode { get; set; }
}

public sealed record DomainTransferForm(DomainTransferInput Input);
