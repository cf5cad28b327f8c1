using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Features.Accounts;
using RedIt.Privacy;

namespace RedIt.Portal.Infrastructure.Email;

internal sealed class QueuedMailConfiguration : IEntityTypeConfiguration<QueuedMail>
{
    public const int MaxBodyLength = 50_000;

    public void Configure(EntityTypeBuilder<QueuedMail> mail)
    {
        mail.Property(m => m.ToAddress).HasMaxLength(256);
        mail.Property(m => m.ToName).HasMaxLength(200);
        mail.Property(m => m.Subject).HasMaxLength(300);
        mail.Property(m => m.TextBody).HasMaxLength(MaxBodyLength);
        mail.Property(m => m.HtmlBody).HasMaxLength(MaxBodyLength);
        mail.Property(m => m.LastError).HasMaxLength(200);
        mail.Property(m => m.MessageId).HasMaxLength(250);
        mail.Property(m => m.InReplyTo).HasMaxLength(250);
        mail.Property(m => m.References).HasMaxLength(2000);
        mail.Property(m => m.ReplyTo).HasMaxLength(256);
        mail.HasIndex(m => m.NextAttemptAt);
        mail.HasIndex(m => m.QueuedAt);
        mail.HasOne<PortalUser>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);

        mail.Privacy(rules => rules
            .Category("E-mails waiting to be sent")
            .DataSubjects("Customers and people who wrote to us")
            .Subject(m => m.PersonId)
            .AlsoFoundByEmail(m => m.ToAddress)
            .PersonalData(m => m.ToAddress, m => m.ToName, m => m.TextBody, m => m.HtmlBody)
            // Subjects are our fixed phrases; the error is the kind of failure, never the server's reply.
            .NotPersonalData(m => m.Subject, m => m.LastError)
            // Generated ids and the portal's own reply address.
            .NotPersonalData(m => m.MessageId, m => m.InReplyTo, m => m.References, m => m.ReplyTo)
            .Purpose("Delivering the e-mails the portal sends, also when the mail server is briefly unavailable (2.1, 2.8)", LegalBasis.Contract)
            .KeepFor(TimeSpan.FromDays(7), from: m => m.QueuedAt, startsAt: "the moment it was written",
                because: "A mail is deleted as soon as the mail server accepts it; one that could not be delivered within seven days is given up")
            .OnErasure(Erasure.Delete));
    }
}
