using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.Support.Desk;

public sealed class ReplyInput
{
    [Display(Name = "Reply to the customer")]
    [Required(ErrorMessage = "Please write the reply.")]
    [StringLength(TicketDesk.MaxBodyLength, ErrorMessage = "A message can be at most {1} characters.")]
    public string? Body { get; set; }

    [Display(Name = "Attachments (optional)")]
    public List<IFormFile> Attachments { get; set; } = [];
}
