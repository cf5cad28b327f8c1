using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.Support.Desk;

public sealed class NoteInput
{
    [Display(Name = "Internal note (colleagues only, never mailed)")]
    [Required(ErrorMessage = "Please write the note.")]
    [StringLength(TicketDesk.MaxBodyLength, ErrorMessage = "A message can be at most {1} characters.")]
    public string? Body { get; set; }

    [Display(Name = "Attachments (optional)")]
    public List<IFormFile> Attachments { get; set; } = [];
}
