namespace RedIt.Portal.Features.Consent;

// Append-only: a change of mind is a new row, never an update, so the rows together prove what
// the person agreed to, when, where, and under which version of the privacy policy. The latest
// row (highest Id) per person and purpose is the choice in force.
//
// Only signed-in people get rows. An anonymous visitor's cookie choice lives in their own
// consent cookie and nowhere else: recording it here would mean tracking them to prove that we
// do not track them.
public class ConsentRecord
{
    public long Id { get; set; }

    public Guid PersonId { get; set; }

    public ConsentPurpose Purpose { get; set; }

    public bool Given { get; set; }

    public DateTime At { get; set; }

    public ConsentSource Source { get; set; }

    public int PolicyVersion { get; set; }
}
