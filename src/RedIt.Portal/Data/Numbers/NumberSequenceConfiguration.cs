using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Privacy;

namespace RedIt.Portal.Data.Numbers;

internal sealed class NumberSequenceConfiguration : IEntityTypeConfiguration<NumberSequence>
{
    public void Configure(EntityTypeBuilder<NumberSequence> sequence)
    {
        sequence.HasKey(s => s.Name);
        sequence.Property(s => s.Name).HasMaxLength(64);
        sequence.NoPersonalData("The name of a series of numbers and the last number it handed out");
    }
}
