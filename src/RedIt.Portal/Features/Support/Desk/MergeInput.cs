using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.Support.Desk;

// A string, not an int: "#1042" is what staff copy from the page, and a wrong value gets our own message.
public sealed class MergeInput
{
    [Display(Name = "Number of the ticket to merge into")]
    [Required(ErrorMessage = "Enter the number of the ticket to merge into.")]
    [StringLength(20, ErrorMessage = "Enter the number of the ticket to merge into.")]
    public string? Into { get; set; }

    public int? Number => int.TryParse(Into?.Trim().TrimStart('#'), out var number) ? number : null;
}
