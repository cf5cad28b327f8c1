using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.DataRequests;
using RedIt.Portal.Infrastructure.Files;

namespace RedIt.Portal.Features.Calls;

// The person's call recordings in their export, decrypted, one audio file per call.
public sealed class CallRecordingFiles(PortalDbContext db, IDataProtectionProvider protection) : IPersonalDataFiles
{
    public async Task<IReadOnlyList<ExportFile>> FilesAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        var protector = protection.CreateProtector(CallEvents.ProtectorPurpose);
        var rows = await db.Set<CallRecording>().AsNoTracking()
            .Where(r => r.Call.PersonId == personId)
            .OrderBy(r => r.RecordedAt).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.ContentType, r.EncryptedContent, r.Call.At })
            .ToListAsync(cancellationToken);
        return rows.Select(row => new ExportFile(
                string.Create(CultureInfo.InvariantCulture, $"recordings/call-{row.At:yyyy-MM-dd-HHmmss}-{row.Id.ToString("N")[..8]}{Extension(row.ContentType)}"),
                protector.Unprotect(row.EncryptedContent),
                nameof(CallRecording),
                row.Id,
                nameof(CallRecording.EncryptedContent)))
            .ToList();
    }

    private static string Extension(string contentType) =>
        new[] { SniffedType.Wav, SniffedType.Mp3, SniffedType.Ogg }.FirstOrDefault(t => t.ContentType == contentType)?.Extension ?? ".bin";
}
