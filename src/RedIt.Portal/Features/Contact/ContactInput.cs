using System.ComponentModel.DataAnnotations;
using RedIt.Portal.Features.Support;

namespace RedIt.Portal.Features.Contact;

public sealed class ContactInput
{
    public const int EmailLength = 256;
    public const int NameLength = 200;
    public const int SubjectLength = 200;
    public const int MessageLength = 10_000;

    [Display(Name = "E-mail address")]
    [Required(ErrorMessage = "Please enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "This is not a valid e-mail address.")]
    [StringLength(EmailLength, ErrorMessage = "The e-mail address can be at most {1} characters.")]
    public string? Email { get; set; }

    [Display(Name = "Your name (optional)")]
    [StringLength(NameLength, ErrorMessage = "Your name can be at most {1} characters.")]
    public string? Name { get; set; }

    [Display(Name = "Topic")]
    [Required(ErrorMessage = "Please choose what your question is about.")]
    public TicketTopic? Topic { get; set; }

    [Display(Name = "Subject")]
    [Required(ErrorMessage = "Please enter a subject.")]
    [StringLength(SubjectLength, ErrorMessage = "The subject can be at most {1} characters.")]
    public string? Subject { get; set; }

    [Display(Name = "Your message")]
    [Required(ErrorMessage = "Please write your message.")]
    [StringLength(MessageLength, ErrorMessage = "Your message can be at most {1} characters.")]
    public string? Message { get; set; }

    // Optional; checked by TicketAttachments, whose errors go under this field.
    [Display(Name = "Attachments (optional)")]
    public List<IFormFile> Attachments { get; set; } = [];

    // The honeypot: hidden from people, filled in by bots that fill in every field.
    public string? Website { get; set; }
}
