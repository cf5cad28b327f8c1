namespace RedIt.Portal.Features.AccountRecovery;

public sealed class RecoveryOptions
{
    public const string Section = "AccountRecovery";

    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    // What all documents of one case may weigh together.
    public long MaxCaseBytes { get; set; } = 25 * 1024 * 1024;

    // Jointly authorised directors: each sends an identity copy, so the form takes this many at most.
    public int MaxDirectors { get; set; } = 6;

    // How long the link to confirm the new address works.
    public int ConfirmationLinkHours { get; set; } = 48;

    // A case nobody decided this many days after it was opened is abandoned and its documents deleted.
    // At most 30: the retention rule of the documents (RecoveryDocumentConfiguration) promises that.
    public int AbandonAfterDays { get; set; } = 14;

    // Off in the tests, which run the abandon pass themselves.
    public bool AbandonEnabled { get; set; } = true;

    // Hourly, in UTC.
    public string AbandonCron { get; set; } = "0 23 * * * ?";

    // The form with every file at its largest, plus the text: above it the server refuses the request.
    public long MaxRequestBodyBytes => MaxCaseBytes + MaxFileBytes + (1024 * 1024);
}
