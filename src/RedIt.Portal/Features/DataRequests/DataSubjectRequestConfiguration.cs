using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Privacy;

namespace RedIt.Portal.Features.DataRequests;

internal sealed class DataSubjectRequestConfiguration : IEntityTypeConfiguration<DataSubjectRequest>
{
    public const int NameLength = 200;
    public const int EmailLength = 256;
    public const int MessageLength = 4000;
    public const int ReasonLength = 1000;

    public void Configure(EntityTypeBuilder<DataSubjectRequest> request)
    {
        request.Property(r => r.Kind).HasMaxLength(16);
        request.Property(r => r.Status).HasMaxLength(24);
        request.Property(r => r.RequesterName).HasMaxLength(NameLength);
        request.Property(r => r.RequesterEmail).HasMaxLength(EmailLength);
        request.Property(r => r.Culture).HasMaxLength(5);
        request.Property(r => r.Message).HasMaxLength(MessageLength);
        request.Property(r => r.ExtensionReason).HasMaxLength(ReasonLength);
        request.Property(r => r.ConfirmationHash).HasMaxLength(64);
        request.Property(r => r.ErasureKept).HasMaxLength(MessageLength);
        request.Property(r => r.Outcome).HasMaxLength(MessageLength);
        request.Ignore(r => r.Deadline);
        request.Ignore(r => r.IsOpen);
        request.HasIndex(r => new { r.Status, r.DueAt });
        request.HasIndex(r => r.PersonId);

        request.Privacy(rules => rules
            .Category("Data-subject requests")
            .DataSubjects("Customers and people who ask about their data")
            .Subject(r => r.PersonId)
            .AlsoFoundByEmail(r => r.RequesterEmail)
            .PersonalData(r => r.RequesterName, r => r.RequesterEmail, r => r.Message, r => r.ExtensionReason, r => r.Outcome)
            .NotPersonalData(r => r.Culture, r => r.ConfirmationHash, r => r.ErasureKept)
            .Purpose("Handling requests for access, correction and erasure within the legal deadline (6; GDPR art. 12 to 17)", LegalBasis.LegalObligation)
            .Purpose("Proving that requests were handled in time (GDPR art. 5(2))", LegalBasis.LegalObligation)
            .KeepFor(years: 3, from: r => r.ReceivedAt, startsAt: "the receipt of the request",
                because: "Proof of how and when a request was handled; three years covers complaints to the Dutch Data Protection Authority. Unconfirmed requests from the public form are deleted after 7 days")
            // The request documents the erasure itself, so it outlives it; the free text the person wrote may hold more than that proof needs.
            .OnErasure(Erasure.KeepUntilRetentionEnds)
            .StripOnErasure(r => r.Message));
    }
}
