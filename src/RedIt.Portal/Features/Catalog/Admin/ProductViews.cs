using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Catalog.Admin;

// What the list's address asks for: /admin/products?kind=DomainExtension&q=nl&state=withdrawn&page=2.
public sealed record ProductFilter(string? Kind, string? Q, string? State, int Page = 1)
{
    public const string OfferedState = "offered";
    public const string WithdrawnState = "withdrawn";

    public ProductKind? KindValue => Enum.TryParse<ProductKind>(Kind, ignoreCase: false, out var kind) && Enum.IsDefined(kind) ? kind : null;

    public string? Search => string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();

    public string? StateValue => State is OfferedState or WithdrawnState ? State : null;
}

public sealed record ProductRow(Guid Id, ProductKind Kind, string Code, string NameEn, string NameNl, decimal PriceExclVat, int PeriodMonths, bool QuotationOnly, bool Active);

public sealed record ProductList(Paged<ProductRow> Products, ProductFilter Filter);

// Id is empty while the product is new.
public sealed record ProductForm(Guid? Id, ProductInput Input);
