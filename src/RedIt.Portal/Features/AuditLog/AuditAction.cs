namespace RedIt.Portal.Features.AuditLog;

// Stored as text, so new actions can be added anywhere in the list without rewriting old rows.
public enum AuditAction
{
    DataRequestReceived,
    DataRequestConfirmed,
    DataRequestViewed,
    DataRequestLinkedToAccount,
    DataRequestExtended,
    DataRequestRejected,
    DataRequestCompleted,
    ExportDownloaded,
    ErasurePlanViewed,
    ErasureExecuted,
    RectificationDone,
    AuditLogViewed,
    SignedIn,
    SignInFailed,
    LockedOut,
    SignedOut,
    PasswordChanged,
    PasswordReset,
    EmailChanged,
    TwoFactorEnabled,
    TwoFactorDisabled,
    RecoveryCodesRenewed,
    StaffRolesChanged,
    TicketViewed,
    TicketsMerged,
    CustomerViewed,
    CannedReplyCreated,
    CannedReplyChanged,
    CannedReplyDeleted,
    AttachmentDownloaded,

    // Phone systems and calls.
    PhoneSystemCreated,
    PhoneSystemRevoked,
    CallerLookedUp,
    CallViewed,
    RecordingPlayed,

    // Legal holds.
    LegalHoldPlaced,
    LegalHoldLifted,

    // Account recovery.
    RecoveryStarted,
    RecoveryEmailConfirmed,
    RecoveryCaseTaken,
    RecoveryDocumentViewed,
    RecoveryApproved,
    RecoveryRejected,
    RecoveryAbandoned,

    // Orders.
    OrderMarkedPaid,

    // Datacenter visits.
    DatacenterVisitViewed,
    DatacenterVisitApproved,
    DatacenterVisitDeclined,
    DatacenterVisitSentAgain,

    // Invoices.
    InvoiceViewed,
    InvoicePdfDownloaded,
    InvoicesExported,
    InvoiceCredited,
    InvoiceIssued,
    InvoiceTransferRecorded,

    // Reminders and collection.
    CollectionPreviewViewed,
    CollectionClaimHandedOver,
    CollectionClaimViewed,
    CollectionClaimPaidToCollector,
    CollectionClaimWithdrawn,
}
