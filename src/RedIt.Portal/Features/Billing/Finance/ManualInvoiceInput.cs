using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.Billing.Finance;

// The form Finance issues an invoice with by hand. What depends on the database or on several
// fields (the customer, the period, which lines are filled in) is checked by ManualInvoicing.
public sealed class ManualInvoiceInput
{
    public const int MaxLines = 10;

    [Display(Name = "Customer number")]
    [Required(ErrorMessage = "Please give the customer number, such as 10001.")]
    [Range(1, int.MaxValue, ErrorMessage = "A customer number is a whole number, such as 10001.")]
    public int? CustomerNumber { get; set; }

    // Empty: the customer's own language.
    [Display(Name = "Language of the invoice")]
    public string? Culture { get; set; }

    [Display(Name = "Supply period from (optional)")]
    [DataType(DataType.Date)]
    public DateOnly? PeriodFrom { get; set; }

    [Display(Name = "Supply period to (optional)")]
    [DataType(DataType.Date)]
    public DateOnly? PeriodTo { get; set; }

    public List<ManualInvoiceLineInput> Lines { get; set; } = [];

    // Ten rows on the form, whatever was posted, so a refused form shows every line it had.
    public ManualInvoiceInput WithAllLines()
    {
        while (Lines.Count < MaxLines)
        {
            Lines.Add(new ManualInvoiceLineInput());
        }

        return this;
    }
}
