using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.Retention;

public sealed class RunRetentionInput
{
    [Display(Name = "I understand that what is removed cannot be restored")]
    [Range(typeof(bool), "true", "true", ErrorMessage = "Please confirm that you want to remove this data now.")]
    public bool Confirm { get; set; }
}
