namespace RedIt.Portal.Privacy;

public enum ErasureAction
{
    Delete,
    Anonymise,
    KeepUntil,
}
