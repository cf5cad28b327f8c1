namespace RedIt.Portal.Features.Retention;

public enum RetentionSweepTrigger
{
    Schedule,
    Admin,
    Command,
}
