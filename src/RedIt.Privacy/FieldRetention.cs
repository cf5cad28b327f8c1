namespace RedIt.Privacy;

// One column that goes sooner than its row: once its own period has passed, the sweep empties it
// and leaves the rest of the row alone. For data that helps only at first, such as the IP address
// a message was sent from, while the message itself is still of use.
public sealed record FieldRetention(string Property, RetentionPeriod Period, string From, string StartsAt, string Reason)
{
    // What configuration calls it: Privacy:RetentionDays:<entity>.<property>.
    public string KeyIn(string entityKey) => $"{entityKey}.{Property}";
}
