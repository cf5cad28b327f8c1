using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.Colocation.Mine;

// What the request form posts: text as typed, so a form sent back with errors shows exactly that.
// VisitRequestCheck reads it in Amsterdam time.
public sealed class VisitRequestInput
{
    [Display(Name = "Date")]
    public string? Date { get; set; }

    [Display(Name = "From")]
    public string? StartTime { get; set; }

    [Display(Name = "Until")]
    public string? EndTime { get; set; }

    [Display(Name = "Rack")]
    public string? Rack { get; set; }

    public List<VisitorInput> Visitors { get; set; } = [];
}

// A row left empty is no visitor: the form offers more rows than most visits need.
public sealed class VisitorInput
{
    [Display(Name = "First name")]
    public string? FirstName { get; set; }

    [Display(Name = "Last name")]
    public string? LastName { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(FirstName) && string.IsNullOrWhiteSpace(LastName);
}
