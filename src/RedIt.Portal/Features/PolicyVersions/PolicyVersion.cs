namespace RedIt.Portal.Features.PolicyVersions;

// One published text of the privacy policy. Versions are never edited: a correction is a new
// version, so what a customer was shown on a given day can always be shown again.
public class PolicyVersion
{
    public Guid Id { get; set; }

    public int Number { get; set; }

    public DateTime PublishedAt { get; set; }

    // Clause 5: only a significant change is announced by e-mail and by the banner in the portal.
    public bool Significant { get; set; }

    public string ChangeSummary { get; set; } = "";

    public string Text { get; set; } = "";

    public Guid? PublishedByUserId { get; set; }
}
