using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;

namespace RedIt.Portal.Features.AccountRecovery;

// The one place that writes and reads recovery documents, so they are always encrypted at rest
// and always deleted the moment their case closes.
public sealed class RecoveryCases
{
    // Changing this string makes every stored document unreadable: it names the key, not the code.
    public const string ProtectorPurpose = "RedIt.Portal.AccountRecovery.Documents.v1";

    private readonly PortalDbContext _db;
    private readonly IDataProtector _protector;
    private readonly TimeProvider _clock;

    public RecoveryCases(PortalDbContext db, IDataProtectionProvider protection, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(protection);
        _db = db;
        _protector = protection.CreateProtector(ProtectorPurpose);
        _clock = clock;
    }

    // Added to the context, not saved: the case, its documents and its mails are saved together.
    public RecoveryCase Open(Guid personId, Action<RecoveryCase> details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var recovery = new RecoveryCase
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            OpenedAt = Now,
            Status = RecoveryCaseStatus.Open,
        };
        details(recovery);
        _db.Add(recovery);
        return recovery;
    }

    public RecoveryDocument AddDocument(RecoveryCase recovery, RecoveryDocumentKind kind, string fileName, string contentType, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(recovery);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        ArgumentNullException.ThrowIfNull(content);
        if (recovery.Status != RecoveryCaseStatus.Open)
        {
            throw new InvalidOperationException("Documents can only be added to an open recovery case.");
        }

        var document = new RecoveryDocument
        {
            Id = Guid.NewGuid(),
            CaseId = recovery.Id,
            Case = recovery,
            Kind = kind,
            FileName = Path.GetFileName(fileName),
            ContentType = contentType,
            SizeBytes = content.Length,
            EncryptedContent = _protector.Protect(content),
            UploadedAt = Now,
        };
        recovery.Documents.Add(document);
        return document;
    }

    // The same work as storing a document, for a request that matched no account: the answer then
    // takes about as long as when it did.
    public void Discard(byte[] content) => _ = _protector.Protect(content);

    public async Task<RecoveryFile?> ReadDocumentAsync(Guid caseId, Guid documentId, CancellationToken cancellationToken = default)
    {
        var stored = await _db.Set<RecoveryDocument>()
            .Where(d => d.Id == documentId && d.CaseId == caseId)
            .Select(d => new { d.FileName, d.ContentType, d.Kind, d.EncryptedContent })
            .SingleOrDefaultAsync(cancellationToken);
        return stored is null ? null : new RecoveryFile(stored.FileName, stored.ContentType, stored.Kind, _protector.Unprotect(stored.EncryptedContent));
    }

    // Clause 2.1 promises the documents are deleted once used: the outcome and the deletion commit
    // together, and the case keeps what was deleted, when and by whom, never what the files showed.
    // Joins the caller's transaction when there is one (an approval changes the account in it too).
    public async Task CloseAsync(Guid caseId, RecoveryCaseStatus outcome, string deletedBy, Action<RecoveryCase>? decision = null, CancellationToken cancellationToken = default)
    {
        if (outcome == RecoveryCaseStatus.Open)
        {
            throw new ArgumentException("A case is closed as restored, rejected or abandoned.", nameof(outcome));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(deletedBy);
        var own = _db.Database.CurrentTransaction is null ? await _db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var recovery = await _db.Set<RecoveryCase>().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
                ?? throw new InvalidOperationException("There is no such recovery case.");
            if (recovery.Status != RecoveryCaseStatus.Open)
            {
                throw new InvalidOperationException("This recovery case is closed already.");
            }

            var kinds = await _db.Set<RecoveryDocument>().Where(d => d.CaseId == caseId)
                .GroupBy(d => d.Kind).Select(g => new { Kind = g.Key, Count = g.Count() })
                .ToListAsync(cancellationToken);
            recovery.Status = outcome;
            recovery.ClosedAt = Now;
            recovery.DocumentsDeletedAt = Now;
            recovery.DocumentsDeletedBy = deletedBy.Length > 256 ? deletedBy[..256] : deletedBy;
            recovery.DeletedDocuments = kinds.Count == 0
                ? "none"
                : string.Join(", ", kinds.OrderBy(k => k.Kind).Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Kind} x {k.Count}")));
            decision?.Invoke(recovery);
            await _db.Set<RecoveryDocument>().Where(d => d.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
            await _db.SaveChangesAsync(cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;
}

public sealed record RecoveryFile(string FileName, string ContentType, RecoveryDocumentKind Kind, byte[] Content);
