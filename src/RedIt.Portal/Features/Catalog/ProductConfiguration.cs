using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Catalog;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> product)
    {
        product.Property(p => p.Kind).HasMaxLength(24);
        product.Property(p => p.Code).HasMaxLength(50);
        product.HasIndex(p => p.Code).IsUnique();
        product.Property(p => p.NameEn).HasMaxLength(200);
        product.Property(p => p.NameNl).HasMaxLength(200);
        product.Property(p => p.DescriptionEn).HasMaxLength(2000);
        product.Property(p => p.DescriptionNl).HasMaxLength(2000);
        product.Property(p => p.PriceExclVat).HasPrecision(12, 2);
        product.Property(p => p.Tld).HasMaxLength(63);
        product.HasIndex(p => p.Tld);
        product.Property(p => p.Validation).HasMaxLength(24);
        product.Property(p => p.SpamFilter).HasMaxLength(24);
        product.HasIndex(p => new { p.Kind, p.SortOrder });

        product.NoPersonalData("The catalogue: products, prices and their suppliers, the same for every customer");
    }
}
