using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Features.Customers;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Incidents;

internal sealed class IncidentUpdateNoticeConfiguration : IEntityTypeConfiguration<IncidentUpdateNotice>
{
    public void Configure(EntityTypeBuilder<IncidentUpdateNotice> notice)
    {
        notice.HasIndex(n => new { n.UpdateId, n.CustomerId }).IsUnique();
        notice.HasIndex(n => n.CustomerId);
        notice.HasOne<IncidentUpdate>().WithMany().HasForeignKey(n => n.UpdateId).OnDelete(DeleteBehavior.Cascade);
        notice.HasOne<Customer>().WithMany().HasForeignKey(n => n.CustomerId).OnDelete(DeleteBehavior.Cascade);

        notice.Privacy(rules => rules
            .Category("Service e-mails")
            .Subject(n => n.CustomerId)
            .Purpose("Telling customers about outages of the services they use (2.8)", LegalBasis.Contract)
            .KeepFor(years: 1, from: n => n.QueuedAt, startsAt: "the mail",
                because: "A year answers a question about which outage mails a customer was sent")
            .OnErasure(Erasure.Delete));
    }
}
