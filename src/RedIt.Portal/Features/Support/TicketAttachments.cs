using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RedIt.Portal.Data;
using RedIt.Portal.Features.DataRequests;
using RedIt.Portal.Infrastructure.Files;

namespace RedIt.Portal.Features.Support;

// The one place that checks, encrypts and reads ticket attachments, so every way a file comes in
// (contact form, portal reply, desk, mail import) applies the same limits and types, and every
// file is encrypted at rest with the portal's data-protection keys.
public sealed class TicketAttachments : IPersonalDataFiles
{
    // Changing this string makes every stored attachment unreadable: it names the key, not the code.
    public const string ProtectorPurpose = "RedIt.Portal.Support.Attachments.v1";

    private readonly PortalDbContext _db;
    private readonly IDataProtector _protector;
    private readonly AttachmentOptions _options;
    private readonly TimeProvider _clock;

    public TicketAttachments(PortalDbContext db, IDataProtectionProvider protection, IOptions<AttachmentOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(protection);
        ArgumentNullException.ThrowIfNull(options);
        _db = db;
        _protector = protection.CreateProtector(ProtectorPurpose);
        _options = options.Value;
        _clock = clock;
    }

    public AttachmentOptions Limits => _options;

    public AttachmentCheck Check(IReadOnlyList<AttachmentUpload> uploads)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        var accepted = new List<CheckedAttachment>();
        var refused = new List<RefusedAttachment>();
        foreach (var upload in uploads)
        {
            var name = FileNames.Clean(upload.FileName);
            var type = upload.Content is { Length: > 0 } content ? ContentSniffer.Sniff(content) : null;
            AttachmentRefusal? reason = upload switch
            {
                _ when upload.Size > _options.MaxFileBytes || upload.Content is null => AttachmentRefusal.TooLarge,
                { Content.Length: 0 } => AttachmentRefusal.Empty,
                _ when type is null => AttachmentRefusal.NotAllowedType,
                _ when accepted.Count >= _options.MaxFilesPerMessage => AttachmentRefusal.TooMany,
                _ => null,
            };
            if (reason is { } why)
            {
                refused.Add(new RefusedAttachment(name, why));
            }
            else
            {
                accepted.Add(new CheckedAttachment(WithExtension(name, type!), type!, upload.Content!));
            }
        }

        return new AttachmentCheck(accepted, refused);
    }

    // Added to the message, not saved: the files go in the same SaveChanges as the message.
    public void AddTo(TicketMessage message, IEnumerable<CheckedAttachment> files)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(files);
        var now = _clock.GetUtcNow().UtcDateTime;
        foreach (var file in files)
        {
            message.Attachments.Add(new TicketAttachment
            {
                Id = Guid.NewGuid(),
                MessageId = message.Id,
                FileName = file.FileName,
                ContentType = file.Type.ContentType,
                Size = file.Content.Length,
                EncryptedContent = _protector.Protect(file.Content),
                UploadedAt = now,
            });
        }
    }

    // Reads the files of a form; one larger than the limit is not read, only counted as too large.
    public async Task<IReadOnlyList<AttachmentUpload>> ReadAsync(IEnumerable<IFormFile>? files, CancellationToken cancellationToken = default)
    {
        var uploads = new List<AttachmentUpload>();
        foreach (var file in files ?? [])
        {
            if (file.Length == 0 && string.IsNullOrEmpty(file.FileName))
            {
                // A file input left empty still sends a part without a name.
                continue;
            }

            if (file.Length > _options.MaxFileBytes)
            {
                uploads.Add(new AttachmentUpload(file.FileName, file.Length, null));
                continue;
            }

            using var buffer = new MemoryStream((int)file.Length);
            await using (var stream = file.OpenReadStream())
            {
                await stream.CopyToAsync(buffer, cancellationToken);
            }

            uploads.Add(new AttachmentUpload(file.FileName, buffer.Length, buffer.ToArray()));
        }

        return uploads;
    }

    // The files of the messages of one ticket, for its thread page, in one query and without content.
    public async Task<ILookup<Guid, AttachmentLink>> LinksAsync(Guid ticketId, bool withNotes, CancellationToken cancellationToken = default)
    {
        var links = await _db.Set<TicketAttachment>().AsNoTracking()
            .Where(a => a.Message.TicketId == ticketId && (withNotes || a.Message.Kind != TicketMessageKind.InternalNote))
            .OrderBy(a => a.UploadedAt).ThenBy(a => a.FileName)
            .Select(a => new AttachmentLink(a.Id, a.MessageId, a.FileName, a.Size))
            .ToListAsync(cancellationToken);
        return links.ToLookup(l => l.MessageId);
    }

    // One file of a ticket the caller may see (the query says which); the customer's side passes
    // withNotes false, so a file on an internal note is not there for them.
    public async Task<AttachmentDownload?> DownloadAsync(IQueryable<Ticket> visible, int number, Guid id, bool withNotes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(visible);
        var found = await _db.Set<TicketAttachment>().AsNoTracking()
            .Where(a => a.Id == id && (withNotes || a.Message.Kind != TicketMessageKind.InternalNote))
            .Join(visible.Where(t => t.Number == number), a => a.Message.TicketId, t => t.Id, (a, t) => new
            {
                a.FileName,
                a.ContentType,
                a.EncryptedContent,
                t.PersonId,
                t.Number,
            })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null
            ? null
            : new AttachmentDownload(found.FileName, found.ContentType, _protector.Unprotect(found.EncryptedContent), found.PersonId, found.Number);
    }

    // The person's files for their export, decrypted, each under its ticket's number.
    public async Task<IReadOnlyList<ExportFile>> FilesAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        var rows = await _db.Set<TicketAttachment>().AsNoTracking()
            .Where(a => a.Message.Ticket.PersonId == personId)
            .OrderBy(a => a.Message.Ticket.Number).ThenBy(a => a.UploadedAt).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.FileName, a.EncryptedContent, a.Message.Ticket.Number })
            .ToListAsync(cancellationToken);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return rows.Select(row => new ExportFile(
                Unique(used, $"attachments/{row.Number}/", row.FileName),
                _protector.Unprotect(row.EncryptedContent),
                nameof(TicketAttachment),
                row.Id,
                nameof(TicketAttachment.EncryptedContent)))
            .ToList();
    }

    // Two files of one name on one ticket both go in: "scan.pdf", "scan (2).pdf".
    private static string Unique(HashSet<string> used, string folder, string name)
    {
        var path = folder + name;
        for (var n = 2; !used.Add(path); n++)
        {
            path = $"{folder}{Path.GetFileNameWithoutExtension(name)} ({n}){Path.GetExtension(name)}";
        }

        return path;
    }

    // A name without an extension gets the one of its content, so it opens with the right program;
    // a wrong one is left alone, as the sender named it: the stored type is what the download says.
    private static string WithExtension(string name, SniffedType type) =>
        Path.HasExtension(name) ? name : FileNames.Clean(name + type.Extension);
}
