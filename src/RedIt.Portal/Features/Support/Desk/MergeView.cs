namespace RedIt.Portal.Features.Support.Desk;

// The form while Target is null; once the other ticket is found and allowed, the confirmation.
public sealed record MergeView(Ticket Source, MergeInput Input, Ticket? Target = null, int MessageCount = 0);

public enum MergeRefusal
{
    None,
    NoNumber,
    Unknown,
    Same,
    OtherPerson,
}
