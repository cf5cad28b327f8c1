using RedIt.Portal.Data;

namespace RedIt.Portal.Features.Disclosures;

// Every feature that sends personal data to a third party records it here, in the same unit of
// work as the send where it can.
public sealed class DisclosureLog(PortalDbContext db, TimeProvider clock)
{
    public async Task<Disclosure> RecordAsync(
        Guid personId,
        string recipient,
        IEnumerable<string> dataItems,
        string purpose,
        string legalGround,
        Guid? recordedByUserId = null,
        string? reference = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipient);
        ArgumentNullException.ThrowIfNull(dataItems);
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        ArgumentException.ThrowIfNullOrWhiteSpace(legalGround);
        var items = dataItems.Select(i => i.Trim()).Where(i => i.Length > 0).ToArray();
        if (items.Length == 0)
        {
            throw new ArgumentException("A disclosure names at least one data item.", nameof(dataItems));
        }

        var disclosure = new Disclosure
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            Recipient = recipient.Trim(),
            DataItems = string.Join(", ", items),
            Purpose = purpose.Trim(),
            LegalGround = legalGround.Trim(),
            At = clock.GetUtcNow().UtcDateTime,
            RecordedByUserId = recordedByUserId,
            Reference = reference,
        };
        db.Add(disclosure);
        await db.SaveChangesAsync(cancellationToken);
        return disclosure;
    }
}
