using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.Calls.Admin;

public sealed class PhoneSystemInput
{
    [Required(ErrorMessage = "Enter a name for the phone system.")]
    [StringLength(100, ErrorMessage = "The name is at most 100 characters.")]
    [Display(Name = "Name")]
    public string? Name { get; set; }
}

public sealed record PhoneSystemCreatedView(PhoneSystem System, string Key);
