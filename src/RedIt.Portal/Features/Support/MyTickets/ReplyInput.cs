using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.Support.MyTickets;

public sealed class ReplyInput
{
    [Display(Name = "Your reply")]
    [Required(ErrorMessage = "Please write your reply.")]
    [StringLength(10_000, ErrorMessage = "Your reply can be at most {1} characters.")]
    public string? Message { get; set; }

    [Display(Name = "Attachments (optional)")]
    public List<IFormFile> Attachments { get; set; } = [];
}
