using System.ComponentModel.DataAnnotations;
using RedIt.Portal.Features.Customers;

namespace RedIt.Portal.Features.AccountRecovery;

// The public form. Which files are needed depends on the customer type, so those are checked in
// RecoveryRequests, with their errors under their own fields.
public sealed class RecoveryInput
{
    public const int AccountLength = 256;
    public const int EmailLength = 256;

    [Display(Name = "E-mail address on file, or customer number")]
    [Required(ErrorMessage = "Please enter the e-mail address we have on file, or your customer number.")]
    [StringLength(AccountLength, ErrorMessage = "This can be at most {1} characters.")]
    public string? Account { get; set; }

    [Display(Name = "New e-mail address")]
    [Required(ErrorMessage = "Please enter the new e-mail address for your account.")]
    [EmailAddress(ErrorMessage = "This is not a valid e-mail address.")]
    [StringLength(EmailLength, ErrorMessage = "The e-mail address can be at most {1} characters.")]
    public string? NewEmail { get; set; }

    [Display(Name = "Customer type")]
    [Required(ErrorMessage = "Please choose whether you are a private or a business customer.")]
    public CustomerKind? Kind { get; set; }

    [Display(Name = "How may the directors act?")]
    public DirectorAuthority? Authority { get; set; }

    [Display(Name = "How many directors are jointly authorised?")]
    public int? DirectorCount { get; set; }

    [Display(Name = "Chamber of Commerce (KvK) extract")]
    public IFormFile? KvkExtract { get; set; }

    [Display(Name = "Identity documents")]
    public List<IFormFile> IdentityCopies { get; set; } = [];

    // The honeypot: hidden from people, filled in by bots that fill in every field.
    public string? Website { get; set; }
}
