using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace RedIt.Portal.Features.Catalog.Admin;

// The product form. Which of the kind's own fields are required is checked by ProductAdmin.Check,
// since it depends on the kind chosen.
public sealed class ProductInput
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 2000;

    [Display(Name = "Kind")]
    [Required(ErrorMessage = "Please choose the kind of product.")]
    [EnumDataType(typeof(ProductKind), ErrorMessage = "Please choose the kind of product.")]
    public ProductKind? Kind { get; set; }

    [Display(Name = "Code")]
    [Required(ErrorMessage = "Please give the product a code, such as domain-nl or hosting-basic.")]
    [RegularExpression("^[a-z0-9][a-z0-9-]{1,49}$", ErrorMessage = "A code has 2 to 50 small letters, digits and hyphens, such as hosting-basic.")]
    public string? Code { get; set; }

    [Display(Name = "Name (English)")]
    [Required(ErrorMessage = "Please give the English name.")]
    [StringLength(MaxNameLength, ErrorMessage = "A name can be at most {1} characters.")]
    public string? NameEn { get; set; }

    [Display(Name = "Name (Dutch)")]
    [Required(ErrorMessage = "Please give the Dutch name.")]
    [StringLength(MaxNameLength, ErrorMessage = "A name can be at most {1} characters.")]
    public string? NameNl { get; set; }

    [Display(Name = "Description (English)")]
    [StringLength(MaxDescriptionLength, ErrorMessage = "A description can be at most {1} characters.")]
    public string? DescriptionEn { get; set; }

    [Display(Name = "Description (Dutch)")]
    [StringLength(MaxDescriptionLength, ErrorMessage = "A description can be at most {1} characters.")]
    public string? DescriptionNl { get; set; }

    // Text, so that "9,95" and "9.95" both mean nine euros ninety-five whatever the page's language.
    [Display(Name = "Price excluding VAT (EUR)")]
    [Required(ErrorMessage = "Please give the price excluding VAT, such as 9.95.")]
    [RegularExpression(@"^\s*\d{1,7}([.,]\d{1,2})?\s*$", ErrorMessage = "Please give the price in euros with at most two decimals, such as 9.95.")]
    public string? Price { get; set; }

    public decimal? PriceValue => decimal.TryParse(Price?.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var price) ? price : null;

    [Display(Name = "Billing period (months)")]
    [Required(ErrorMessage = "Please give the billing period in months: 1, 3, 12, 24 or 36.")]
    [Range(1, 120, ErrorMessage = "A billing period is between 1 and 120 months.")]
    public int? PeriodMonths { get; set; }

    [Display(Name = "Domain extension, without the dot")]
    public string? Tld { get; set; }

    [Display(Name = "The registry asks for the registrant's gender")]
    public bool RegistryRequiresGender { get; set; }

    [Display(Name = "Validation")]
    public CertificateValidation? Validation { get; set; }

    [Display(Name = "Spam filter")]
    public SpamFilterProvider? SpamFilter { get; set; }

    [Display(Name = "Rack units")]
    [Range(1, 48, ErrorMessage = "A rack has 1 to 48 units.")]
    public int? RackUnits { get; set; }

    [Display(Name = "Data traffic per month (GB)")]
    [Range(1, 1_000_000, ErrorMessage = "A limit is a whole number of GB from 1 to 1000000.")]
    public int? TrafficLimitGb { get; set; }

    [Display(Name = "Storage (GB)")]
    [Range(1, 1_000_000, ErrorMessage = "A limit is a whole number of GB from 1 to 1000000.")]
    public int? StorageLimitGb { get; set; }

    [Display(Name = "Order position in the catalogue")]
    [Range(0, 10000, ErrorMessage = "The position is a number from 0 to 10000.")]
    public int SortOrder { get; set; }

    public static ProductInput From(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return new ProductInput
        {
            Kind = product.Kind,
            Code = product.Code,
            NameEn = product.NameEn,
            NameNl = product.NameNl,
            DescriptionEn = product.DescriptionEn,
            DescriptionNl = product.DescriptionNl,
            Price = product.PriceExclVat.ToString("0.00", CultureInfo.InvariantCulture),
            PeriodMonths = product.PeriodMonths,
            Tld = product.Tld,
            RegistryRequiresGender = product.RegistryRequiresGender,
            Validation = product.Validation,
            SpamFilter = product.SpamFilter,
            RackUnits = product.RackUnits,
            TrafficLimitGb = product.TrafficLimitGb,
            StorageLimitGb = product.StorageLimitGb,
            SortOrder = product.SortOrder,
        };
    }
}
