using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Features.Accounts;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Calls;

internal sealed class CallRecordConfiguration : IEntityTypeConfiguration<CallRecord>
{
    public void Configure(EntityTypeBuilder<CallRecord> call)
    {
        call.Property(c => c.CallerNumber).HasMaxLength(32);
        call.Property(c => c.DialledNumber).HasMaxLength(32);
        call.Property(c => c.ExternalCallId).HasMaxLength(100);
        call.Property(c => c.Agent).HasMaxLength(100);
        call.Property(c => c.Direction).HasMaxLength(16);
        call.Property(c => c.Status).HasMaxLength(16);
        call.HasIndex(c => c.CallerNumber);
        call.HasIndex(c => new { c.PhoneSystemId, c.ExternalCallId }).IsUnique();
        call.HasOne<PhoneSystem>().WithMany().HasForeignKey(c => c.PhoneSystemId).OnDelete(DeleteBehavior.SetNull);
        call.HasIndex(c => c.At);
        call.HasOne<PortalUser>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.SetNull);
        call.HasOne(c => c.Recording).WithOne(r => r.Call).HasForeignKey<CallRecording>(r => r.CallRecordId).OnDelete(DeleteBehavior.Cascade);

        call.Privacy(rules => rules
            .Category("Phone calls")
            .DataSubjects("Customers and other callers")
            .Subject(c => c.PersonId)
            .PersonalData(c => c.CallerNumber, c => c.DialledNumber)
            .NotPersonalData(c => c.ExternalCallId, c => c.Agent)
            .Purpose("Seeing who calls and whom to call back (1.2, 2.1)", LegalBasis.LegitimateInterest)
            .KeepFor(years: 1, from: c => c.At, startsAt: "the call",
                because: "A year of calls lets us see how often and why a customer called before; longer serves no purpose")
            .OnErasure(Erasure.Delete));
    }
}
