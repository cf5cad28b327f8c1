using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.DataRequests.PublicForm;

public sealed class PublicRequestInput
{
    [Display(Name = "Your name")]
    [Required(ErrorMessage = "Please enter your name.")]
    [StringLength(DataSubjectRequestConfiguration.NameLength, ErrorMessage = "Your name can be at most {1} characters.")]
    public string? Name { get; set; }

    [Display(Name = "E-mail address")]
    [Required(ErrorMessage = "Please enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "This is not a valid e-mail address.")]
    [StringLength(DataSubjectRequestConfiguration.EmailLength, ErrorMessage = "The e-mail address can be at most {1} characters.")]
    public string? Email { get; set; }

    [Display(Name = "What do you ask?")]
    [Required(ErrorMessage = "Please choose what you ask for.")]
    public DataRequestKind? Kind { get; set; }

    [Display(Name = "Your message")]
    [StringLength(DataSubjectRequestConfiguration.MessageLength, ErrorMessage = "Your message can be at most {1} characters.")]
    public string? Message { get; set; }
}
