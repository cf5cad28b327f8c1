using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Calls;

internal sealed class CallRecordingConfiguration : IEntityTypeConfiguration<CallRecording>
{
    public void Configure(EntityTypeBuilder<CallRecording> recording)
    {
        recording.Property(r => r.ContentType).HasMaxLength(100);
        recording.HasIndex(r => r.RecordedAt);

        recording.Privacy(rules => rules
            .Category("Phone calls")
            .DataSubjects("Customers and other callers")
            .Subject(r => r.Call.PersonId)
            .PersonalData(r => r.EncryptedContent)
            .NotPersonalData(r => r.ContentType)
            .Purpose("Training employees and settling disputes about what was agreed by phone (2.1)", LegalBasis.LegitimateInterest)
            .KeepFor(TimeSpan.FromDays(90), from: r => r.RecordedAt, startsAt: "the call",
                because: "A dispute about a call shows within weeks, and training uses recent calls; 90 days covers both")
            .OnErasure(Erasure.Delete));
    }
}
