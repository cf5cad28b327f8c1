using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Privacy;

namespace RedIt.Portal.Features.DataRequests;

internal sealed class ExportDownloadConfiguration : IEntityTypeConfiguration<ExportDownload>
{
    public void Configure(EntityTypeBuilder<ExportDownload> download)
    {
        download.Property(d => d.TokenHash).HasMaxLength(64);
        download.HasIndex(d => d.TokenHash).IsUnique();

        download.Privacy(rules => rules
            .Category("Data export downloads")
            .Subject(d => d.PersonId)
            .NotPersonalData(d => d.TokenHash)
            .Purpose("Handing customers a copy of their own data (6; GDPR art. 15 and 20)", LegalBasis.LegalObligation)
            .KeepFor(TimeSpan.FromDays(1), from: d => d.CreatedAt, startsAt: "the creation of the link",
                because: "A download link works for 15 minutes; a day later the ticket has no use left")
            .OnErasure(Erasure.Delete));
    }
}
