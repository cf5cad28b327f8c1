namespace RedIt.Portal.Features.PolicyVersions;

// The mailing of one significant version to every customer (clause 5). It lives in the database,
// saved with every page of mails it puts in the outbox, so a restart or a second instance carries
// on where the mailing stopped instead of losing it or sending anyone the notice twice.
public class PolicyNoticeRun
{
    public Guid PolicyVersionId { get; set; }

    // Made while the admin's request was there: in the background there is no request to take the
    // portal's address from when Portal:BaseUrl is not configured.
    public string Link { get; set; } = "";

    // Customers are mailed in order of account id; this is the last one done. Cleared at the end.
    public Guid? LastAccountId { get; set; }

    // Mails put in the outbox so far; the outbox delivers them.
    public int Queued { get; set; }

    public DateTime? FinishedAt { get; set; }

    // The instance working on the run holds it until this time and renews it with every page; a
    // run whose holder stopped is free again once the time has passed.
    public Guid? ClaimToken { get; set; }

    public DateTime? ClaimedUntil { get; set; }
}
