using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Privacy;
using RedIt.Privacy;

namespace RedIt.Portal.Features.ErrorReports;

internal sealed class ErrorReportConfiguration : IEntityTypeConfiguration<ErrorReport>
{
    public void Configure(EntityTypeBuilder<ErrorReport> report)
    {
        report.Property(r => r.Email).HasMaxLength(256);
        report.Property(r => r.IpAddress).HasMaxLength(45);
        report.Property(r => r.Kind).HasMaxLength(16);
        report.Property(r => r.Message).HasMaxLength(2000);
        report.Property(r => r.Reference).HasMaxLength(64);
        report.HasIndex(r => r.At);
        report.HasIndex(r => r.Reference);
        report.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.SetNull);

        report.Privacy(rules => rules
            .Category("Error reports")
            .DataSubjects("Customers, staff and website visitors")
            .Subject(r => r.PersonId)
            .AlsoFoundByEmail(r => r.Email)
            // A failed sign-in's message may name the account it was tried on.
            .PersonalData(r => r.Email, r => r.IpAddress, r => r.Message)
            .NotPersonalData(r => r.Reference)
            .Purpose("Finding and fixing errors, and tracing failed sign-in attempts (2.10)", LegalBasis.LegitimateInterest)
            .Recipients(Recipients.ErrorReporting)
            .KeepFor(TimeSpan.FromDays(90), from: r => r.At, startsAt: "the error",
                because: "An error is fixed or forgotten within weeks, and a pattern of failed sign-ins shows within 90 days")
            .OnErasure(Erasure.Delete));
    }
}
