using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Privacy;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Mailboxes;

internal sealed class SpamReportConfiguration : IEntityTypeConfiguration<SpamReport>
{
    public void Configure(EntityTypeBuilder<SpamReport> report)
    {
        report.Property(r => r.Verdict).HasMaxLength(16);
        report.Property(r => r.Provider).HasMaxLength(24);
        report.Property(r => r.Status).HasMaxLength(16);
        report.Property(r => r.LastError).HasMaxLength(500);
        report.HasIndex(r => new { r.Status, r.NextAttemptAt });
        report.HasIndex(r => new { r.CustomerId, r.ReceivedAt });
        report.HasOne(r => r.Service).WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Cascade);
        report.HasOne<Customer>().WithMany().HasForeignKey(r => r.CustomerId).OnDelete(DeleteBehavior.Cascade);

        report.Privacy(rules => rules
            .Category("Spam reports")
            .Subject(r => r.CustomerId)
            .PersonalData(r => r.EncryptedMessage)
            .NotPersonalData(r => r.LastError)
            .Purpose("Making the spam filter better with the messages the customer marks (2.6)", LegalBasis.LegitimateInterest)
            .Recipients(Recipients.SpamExperts, Recipients.Microsoft)
            .KeepFor(years: 1, from: r => r.ReceivedAt, startsAt: "the report",
                because: "For a year the customer can see which messages they reported; the message itself is gone by then")
            .ClearSooner(r => r.EncryptedMessage, TimeSpan.FromDays(7), from: r => r.ReceivedAt, startsAt: "the report",
                because: "The message is needed only until the filter provider has it; a week covers a provider that is down")
            .OnErasure(Erasure.Delete));
    }
}
