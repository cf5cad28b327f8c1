using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.DataRequests.Admin;

public sealed class ConfirmErasureInput
{
    [Display(Name = "I have checked the plan; erase this person's data now")]
    public bool Confirm { get; set; }
}
