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

    public async Task<RecoveryCase> OpenAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        var recovery = new RecoveryCase
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            OpenedAt = Now,
            Status = RecoveryCaseStatus.Open,
        };
        _db.Add(recovery);
        await _db.SaveChangesAsync(cancellationToken);
        return recovery;
    }

    public async Task<RecoveryDocument> AddDocumentAsync(
        Guid caseId, RecoveryDocumentKind kind, string fileName, string contentType, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        ArgumentNullException.ThrowIfNull(content);
        var recovery = await _db.Set<RecoveryCase>().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
            ?? throw new InvalidOperationException("There is no such recovery case.");
        if (recovery.Status != RecoveryCaseStatus.Open)
        {
            throw new InvalidOperationException("Documents can only be added to an open recovery case.");
        }

        var document = new RecoveryDocument
        {
            Id = Guid.NewGuid(),
            CaseId = caseId,
            Kind = kind,
            FileName = Path.GetFileName(fileName),
            ContentType = contentType,
            EncryptedContent = _protector.Protect(content),
            UploadedAt = Now,
        };
        _db.Add(document);
        await _db.SaveChangesAsync(cancellationToken);
        return document;
    }

    public async Task<byte[]?> ReadDocumentAsync(Guid documentId, CancellationToken cancellationToken = default)
    {
        var encrypted = await _db.Set<RecoveryDocument>()
            .Where(d => d.Id == documentId)
            .Select(d => d.EncryptedContent)
            .SingleOrDefaultAsync(cancellationToken);
        return encrypted is null ? null : _protector.Unprotect(encrypted);
    }

    // Clause 2.1 promises the documents are deleted once used: the outcome and the deletion commit together.
    public async Task CloseAsync(Guid caseId, RecoveryCaseStatus outcome, CancellationToken cancellationToken = default)
    {
        if (outcome == RecoveryCaseStatus.Open)
        {
            throw new ArgumentException("A case is closed as restored, rejected or abandoned.", nameof(outcome));
        }

        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        var recovery = await _db.Set<RecoveryCase>().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
            ?? throw new InvalidOperationException("There is no such recovery case.");
        if (recovery.Status != RecoveryCaseStatus.Open)
        {
            throw new InvalidOperationException("This recovery case is closed already.");
        }

        recovery.Status = outcome;
        recovery.ClosedAt = Now;
        await _db.Set<RecoveryDocument>().Where(d => d.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
        await _db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;
}
