using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.DataRequests.Customers;

// Asked again before handing out all of someone's data or asking to erase it: a session left
// open on a shared computer must not be enough.
public sealed class PasswordInput
{
    [Display(Name = "Your password")]
    [Required(ErrorMessage = "Please enter your password.")]
    [DataType(DataType.Password)]
    public string? CurrentPassword { get; set; }
}
