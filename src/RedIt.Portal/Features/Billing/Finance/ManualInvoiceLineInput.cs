using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace RedIt.Portal.Features.Billing.Finance;

// One line of an invoice by hand. A line left wholly empty is skipped.
public sealed class ManualInvoiceLineInput
{
    public const int MaxDescriptionLength = 300;
    public const int MaxQuantity = 1000;
    public const decimal MaxPrice = 1_000_000m;

    [Display(Name = "Description")]
    [StringLength(MaxDescriptionLength, ErrorMessage = "A description can be at most {1} characters.")]
    public string? Description { get; set; }

    // Empty is 1.
    [Display(Name = "Quantity")]
    [Range(1, MaxQuantity, ErrorMessage = "The quantity is a whole number from 1 to 1000.")]
    public int? Quantity { get; set; }

    // Text, so that "9,95" and "9.95" both mean nine euros ninety-five whatever the page's language;
    // negative for a discount.
    [Display(Name = "Unit price excluding VAT (EUR)")]
    [RegularExpression(@"^\s*-?\d{1,7}([.,]\d{1,2})?\s*$", ErrorMessage = "Please give the price in euros with at most two decimals, such as 9.95 or -10.00.")]
    public string? UnitPrice { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Description) && Quantity is null && string.IsNullOrWhiteSpace(UnitPrice);

    public decimal? UnitPriceValue =>
        decimal.TryParse(UnitPrice?.Trim().Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var price)
            ? price
            : null;
}
