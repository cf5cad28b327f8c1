namespace RedIt.Privacy;

public enum Erasure
{
    Delete,

    // Clears every declared PersonalData property; the row stays for statistics or bookkeeping.
    Anonymise,

    // The law requires keeping the row; the retention sweep deletes or anonymises it later, per AfterRetention.
    KeepUntilRetentionEnds,
}
