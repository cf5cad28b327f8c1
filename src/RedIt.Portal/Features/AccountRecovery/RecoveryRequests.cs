using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Infrastructure.Files;
using RedIt.Portal.Infrastructure.Localization;

namespace RedIt.Portal.Features.AccountRecovery;

// A document from the form that passed the checks: its kind, a safe name, its sniffed type.
public sealed record RecoveryUpload(RecoveryDocumentKind Kind, string FileName, SniffedType Type, byte[] Content);

// The public half of account recovery: checking the form's files, opening a case when the account
// exists, and confirming the new address. Whether an account was found is never said.
public sealed class RecoveryRequests(
    PortalDbContext db,
    RecoveryCases cases,
    RecoveryMails mails,
    AuditLogger audit,
    IOptions<RecoveryOptions> options,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text)
{
    private static readonly SniffedType[] Allowed = [SniffedType.Pdf, SniffedType.Png, SniffedType.Jpeg];

    public RecoveryOptions Limits => options.Value;

    // Errors go under the field of the file; null when any check failed.
    public async Task<IReadOnlyList<RecoveryUpload>?> CheckAsync(RecoveryInput input, ModelStateDictionary modelState, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(modelState);
        var limits = options.Value;
        var uploads = new List<RecoveryUpload>();
        var identities = input.IdentityCopies.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        var valid = true;

        if (input.Kind == CustomerKind.Business)
        {
            if (input.Authority is null)
            {
                modelState.AddModelError(nameof(RecoveryInput.Authority), text["Please choose whether one director may act alone or the directors act jointly."]);
                valid = false;
            }
            else if (input.Authority == DirectorAuthority.Joint && (input.DirectorCount is null || input.DirectorCount < 2 || input.DirectorCount > limits.MaxDirectors))
            {
                modelState.AddModelError(nameof(RecoveryInput.DirectorCount), text["Please enter how many directors are jointly authorised: from 2 to {0}.", limits.MaxDirectors]);
                valid = false;
            }

            if (input.KvkExtract is null || input.KvkExtract.Length == 0)
            {
                modelState.AddModelError(nameof(RecoveryInput.KvkExtract), text["Please add the digitally certified extract from the Chamber of Commerce."]);
                valid = false;
            }
            else if (await ReadAsync(input.KvkExtract, RecoveryDocumentKind.KvkExtract, nameof(RecoveryInput.KvkExtract), modelState, cancellationToken) is { } extract)
            {
                uploads.Add(extract);
            }
            else
            {
                valid = false;
            }
        }

        var wanted = input.Kind switch
        {
            CustomerKind.Private => 1,
            CustomerKind.Business when input.Authority == DirectorAuthority.Sole => 1,
            CustomerKind.Business when input.Authority == DirectorAuthority.Joint && input.DirectorCount is >= 2 and var count && count <= limits.MaxDirectors => count,
            _ => (int?)null,
        };
        if (wanted is { } needed && identities.Count != needed)
        {
            modelState.AddModelError(nameof(RecoveryInput.IdentityCopies), needed == 1
                ? text["Please add one copy of an identity document."]
                : text["Please add {0} identity copies: one for each jointly authorised director.", needed]);
            valid = false;
        }
        else if (wanted is not null)
        {
            foreach (var file in identities)
            {
                if (await ReadAsync(file, RecoveryDocumentKind.IdentityCopy, nameof(RecoveryInput.IdentityCopies), modelState, cancellationToken) is { } copy)
                {
                    uploads.Add(copy);
                }
                else
                {
                    valid = false;
                }
            }
        }

        if (valid && uploads.Sum(u => (long)u.Content.Length) > limits.MaxCaseBytes)
        {
            modelState.AddModelError(nameof(RecoveryInput.IdentityCopies), text["The documents together are larger than {0} MB.", Megabytes(limits.MaxCaseBytes)]);
            valid = false;
        }

        return valid && modelState.IsValid ? uploads : null;
    }

    // Opens a case when the account exists; otherwise does about the same work and stores nothing.
    public async Task StartAsync(RecoveryInput input, IReadOnlyList<RecoveryUpload> uploads, string culture, Func<string, string> confirmationUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(uploads);
        ArgumentNullException.ThrowIfNull(confirmationUrl);
        var user = await FindAccountAsync(input.Account!, cancellationToken);
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        if (user is null)
        {
            foreach (var upload in uploads)
            {
                cases.Discard(upload.Content);
            }

            return;
        }

        var recovery = cases.Open(user.Id, opened =>
        {
            opened.NewEmail = input.NewEmail!.Trim();
            opened.Culture = culture;
            opened.CustomerKind = input.Kind!.Value;
            opened.DirectorAuthority = input.Kind == CustomerKind.Business ? input.Authority : null;
            opened.DirectorCount = input.Kind != CustomerKind.Business ? null : input.Authority == DirectorAuthority.Joint ? input.DirectorCount : 1;
            opened.ConfirmationTokenHash = Hash(token);
        });
        foreach (var upload in uploads)
        {
            cases.AddDocument(recovery, upload.Kind, upload.FileName, upload.Type.ContentType, upload.Content);
        }

        audit.Add(AuditAction.RecoveryStarted, user.Id, details: recovery.Id.ToString());
        mails.AddConfirmation(recovery, confirmationUrl(token), options.Value.ConfirmationLinkHours);
        mails.AddStartedNotice(user);
        await db.SaveChangesAsync(cancellationToken);
        mails.Wake();
    }

    // One use: the hash is cleared, so the link does nothing a second time.
    public async Task<bool> ConfirmAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return false;
        }

        var hash = Hash(token);
        var since = clock.GetUtcNow().UtcDateTime.AddHours(-options.Value.ConfirmationLinkHours);
        var recovery = await db.Set<RecoveryCase>().SingleOrDefaultAsync(
            c => c.ConfirmationTokenHash == hash && c.Status == RecoveryCaseStatus.Open && c.NewEmailConfirmedAt == null && c.OpenedAt >= since,
            cancellationToken);
        if (recovery is null)
        {
            return false;
        }

        recovery.NewEmailConfirmedAt = clock.GetUtcNow().UtcDateTime;
        recovery.ConfirmationTokenHash = null;
        audit.Add(AuditAction.RecoveryEmailConfirmed, recovery.PersonId, details: recovery.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.CurrentCulture);

    // Only customers' accounts: a staff account is never handed over through this form.
    private async Task<PortalUser?> FindAccountAsync(string account, CancellationToken cancellationToken)
    {
        var trimmed = account.Trim();
        var customers = db.Customers.AsNoTracking();
        Guid? id;
        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            id = await customers.Where(c => c.Number == number).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
        }
        else
        {
            var normalized = trimmed.ToUpperInvariant();
            id = await customers.Where(c => c.User.NormalizedEmail == normalized).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
        }

        return id is null ? null : await db.Users.SingleAsync(u => u.Id == id, cancellationToken);
    }

    private async Task<RecoveryUpload?> ReadAsync(IFormFile file, RecoveryDocumentKind kind, string field, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        var name = FileNames.Clean(file.FileName, "document");
        if (file.Length == 0)
        {
            modelState.AddModelError(field, text["{0} is empty.", name]);
            return null;
        }

        if (file.Length > options.Value.MaxFileBytes)
        {
            modelState.AddModelError(field, text["{0} is larger than {1} MB.", name, Megabytes(options.Value.MaxFileBytes)]);
            return null;
        }

        using var buffer = new MemoryStream((int)file.Length);
        await using (var stream = file.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, cancellationToken);
        }

        var content = buffer.ToArray();
        var type = ContentSniffer.Sniff(content);
        if (type is null || !Allowed.Contains(type))
        {
            modelState.AddModelError(field, text["{0} is not a PDF, PNG or JPEG file.", name]);
            return null;
        }

        return new RecoveryUpload(kind, name, type, content);
    }
}
