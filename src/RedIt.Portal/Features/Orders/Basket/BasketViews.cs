using RedIt.Portal.Features.Catalog;

namespace RedIt.Portal.Features.Orders.Basket;

public sealed record BasketLine(Guid Id, string Code, ProductKind Kind, string NameEn, string NameNl, string? DomainName, int Quantity, decimal PriceExclVat, int PeriodMonths)
{
    public decimal TotalExclVat => PriceExclVat * Quantity;

    public string NameIn(string culture) => culture.StartsWith("nl", StringComparison.Ordinal) ? NameNl : NameEn;
}

public sealed record BasketView(IReadOnlyList<BasketLine> Lines)
{
    public decimal TotalExclVat => Lines.Sum(l => l.TotalExclVat);
}

// The basket's table, with or without the remove buttons.
public sealed record BasketTable(BasketView Basket, bool Removable);

public sealed record BasketAddForm(Product Product, BasketInput Input);
