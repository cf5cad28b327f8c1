namespace RedIt.Privacy;

public enum ErasureAction
{
    Delete,
    Anonymise,
    KeepUntil,
}
