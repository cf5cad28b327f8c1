using System.ComponentModel.DataAnnotations;

namespace RedIt.Portal.Features.Orders.Basket;

// Whether the product needs a domain name is checked by CustomerBasket, since it depends on the product.
public sealed class BasketInput
{
    public Guid Product { get; set; }

    [Display(Name = "Domain name")]
    [StringLength(253, ErrorMessage = "A domain name can be at most {1} characters.")]
    public string? DomainName { get; set; }

    [Display(Name = "Quantity")]
    [Range(1, 100, ErrorMessage = "The quantity is a number from 1 to 100.")]
    public int Quantity { get; set; } = 1;
}
