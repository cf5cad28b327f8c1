using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Contact;
using RedIt.Portal.Features.Support.CannedReplies;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Support.Desk;

// What staff do on the desk. Every ticket comes through DeskScope, so one outside a person's
// topics is not there for them (null, and the controller answers 404).
public sealed class TicketDesk(
    PortalDbContext db,
    DeskScope scope,
    DeskMails mails,
    MailOutbox outbox,
    AuditLogger audit,
    TicketAttachments attachments,
    TimeProvider clock,
    CannedReplyLibrary cannedReplies)
{
    public const int MaxBodyLength = 20_000;
    public const int PageSize = PagedExtensions.DefaultPageSize;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<QueueView> QueueAsync(QueueFilter filter, Guid me, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var tickets = scope.Visible(db.Set<Ticket>().AsNoTracking());
        if (filter.TopicValue is { } topic)
        {
            tickets = tickets.Where(t => t.Topic == topic);
        }

        tickets = filter.Assignee switch
        {
            QueueFilter.Me => tickets.Where(t => t.AssigneeUserId == me),
            QueueFilter.Unassigned => tickets.Where(t => t.AssigneeUserId == null),
            _ when filter.AssigneeId is { } assignee => tickets.Where(t => t.AssigneeUserId == assignee),
            _ => tickets,
        };

        if (filter.Search is { } search && QueueFilter.TicketNumber(search) is { } wanted)
        {
            // "#1042" is a ticket number and nothing else: one lookup on the unique index.
            tickets = tickets.Where(t => t.Number == wanted);
        }
        else if (filter.Search is { } text)
        {
            var number = int.TryParse(text, out var n) ? n : (int?)null;
            var lower = text.ToLowerInvariant();
            // Translated to SQL lower(), the same on SQLite and PostgreSQL; no culture is involved.
#pragma warning disable CA1304, CA1311, CA1862
            tickets = tickets.Where(t => t.Number == number
                || t.Subject.ToLower().Contains(lower)
                || t.Email.ToLower().Contains(lower)
                || (t.Name != null && t.Name.ToLower().Contains(lower)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        // One grouped query for every tab, under the filters other than status. The chosen tab's
        // count is the page's total too, so the tickets are not counted a second time.
        var counts = new StatusCounts(await tickets.GroupBy(t => t.Status).Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.Status, c => c.Count, cancellationToken));
        int total;
        if (filter.StatusValue is { } status)
        {
            tickets = tickets.Where(t => t.Status == status);
            total = counts[status];
        }
        else if (filter.AllStatuses)
        {
            total = counts.All;
        }
        else
        {
            tickets = tickets.Where(t => t.Status != TicketStatus.Closed);
            total = counts.NotClosed;
        }

        var ordered = filter.Sort == QueueFilter.WaitingLongest
            ? tickets.OrderBy(t => t.WaitingSince == null).ThenBy(t => t.WaitingSince).ThenBy(t => t.Number)
            : tickets.OrderBy(t => t.OpenedAt).ThenBy(t => t.Number);
        var users = db.Users;
        var page = await ordered.ToPagedAsync(
            t => new QueueRow(
                t.Number,
                t.Subject,
                t.Email,
                t.Name,
                t.Topic,
                t.Status,
                t.Priority,
                users.Where(u => u.Id == t.AssigneeUserId).Select(u => u.FirstName + " " + u.LastName).FirstOrDefault(),
                t.OpenedAt,
                t.WaitingSince),
            filter.Page,
            PageSize,
            total,
            cancellationToken);
        return new QueueView(page, filter, counts, scope.Topics, await StaffAsync(cancellationToken), Now);
    }

    public Task<Ticket?> FindAsync(int number, CancellationToken cancellationToken = default) =>
        scope.Visible(db.Set<Ticket>()).SingleOrDefaultAsync(t => t.Number == number, cancellationToken);

    // Showing a ticket shows someone's personal data, so every view is in the audit log.
    // A chosen standard reply (canned) fills the reply box, unless the form came back with its own text.
    public async Task<TicketView?> ViewAsync(
        int number, Guid me, ReplyInput? reply = null, NoteInput? note = null, Guid? canned = null, bool plainText = false, CancellationToken cancellationToken = default)
    {
        var ticket = await scope.Visible(db.Set<Ticket>().AsNoTracking()).SingleOrDefaultAsync(t => t.Number == number, cancellationToken);
        if (ticket is null)
        {
            return null;
        }

        var thread = await db.Set<TicketMessage>().AsNoTracking().Where(m => m.TicketId == ticket.Id)
            .OrderBy(m => m.SentAt).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        var files = await attachments.LinksAsync(ticket.Id, withNotes: true, cancellationToken);
        var people = thread.Select(m => m.AuthorUserId).Append(ticket.AssigneeUserId).Append(ticket.PersonId).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id))
            .Select(u => new { u.Id, u.FirstName, u.LastName, u.Email })
            .ToDictionaryAsync(u => u.Id, cancellationToken);
        string? Name(Guid? id) => id is { } known && names.TryGetValue(known, out var user) ? $"{user.FirstName} {user.LastName}".Trim() : null;

        TicketCustomer? customer = null;
        if (ticket.PersonId is { } personId && names.TryGetValue(personId, out var account))
        {
            var details = await db.Customers.AsNoTracking().Where(c => c.Id == personId)
                .Select(c => new { c.Number, c.CompanyName }).FirstOrDefaultAsync(cancellationToken);
            customer = new TicketCustomer(personId, details?.Number, Name(personId)!, account.Email, details?.CompanyName);
        }

        var staff = (await StaffAsync(cancellationToken)).Where(s => DeskScope.Sees(s.Topics, ticket.Topic)).ToList();
        var choices = await cannedReplies.ChoicesAsync(ticket, customer?.Name ?? ticket.Name, cancellationToken);
        var chosen = choices.FirstOrDefault(c => c.Id == canned);
        reply ??= new ReplyInput { Body = chosen?.Text };
        var contactForms = await db.Set<ContactMessage>().AsNoTracking()
            .Where(c => c.TicketId == ticket.Id && c.SenderIp != null && c.SenderIp != "")
            .OrderBy(c => c.ReceivedAt)
            .Select(c => new ContactFormSent(c.ReceivedAt, c.SenderIp!))
            .ToListAsync(cancellationToken);
        await audit.RecordAsync(AuditAction.TicketViewed, ticket.PersonId, details: $"ticket {ticket.Number}", cancellationToken: cancellationToken);
        return new TicketView(
            ticket,
            thread.Select(m => new ThreadMessage(m, Name(m.AuthorUserId)) { Attachments = files[m.Id].ToList() }).ToList(),
            customer,
            Name(ticket.AssigneeUserId),
            staff,
            me,
            reply,
            note ?? new NoteInput(),
            choices,
            chosen?.Id,
            plainText)
        {
            ContactForms = contactForms,
        };
    }

    // Everyone who works the desk, with the topics they see: whom a ticket can be handed to.
    public async Task<IReadOnlyList<StaffMember>> StaffAsync(CancellationToken cancellationToken = default)
    {
        var staffRoles = PortalRoles.Staff.ToList();
        var rows = await (
            from userRole in db.UserRoles
            join role in db.Roles on userRole.RoleId equals role.Id
            join user in db.Users on userRole.UserId equals user.Id
            where staffRoles.Contains(role.Name!)
            select new { user.Id, user.FirstName, user.LastName, Role = role.Name! }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Id)
            .Select(g =>
            {
                var roles = g.Select(r => r.Role).ToHashSet(StringComparer.Ordinal);
                return new StaffMember(g.Key, $"{g.First().FirstName} {g.First().LastName}".Trim(), DeskScope.TopicsFor(roles.Contains));
            })
            .OrderBy(s => s.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    // Null hands the ticket back to the queue. Only to someone who may see the ticket's topic.
    public async Task<bool> AssignAsync(Ticket ticket, Guid? userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (userId is { } id && !(await StaffAsync(cancellationToken)).Any(s => s.Id == id && DeskScope.Sees(s.Topics, ticket.Topic)))
        {
            return false;
        }

        ticket.AssigneeUserId = userId;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task SetStatusAsync(Ticket ticket, TicketStatus status, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ticket.Status = status;
        // Closing starts the retention period (TicketConfiguration); reopening stops it again.
        ticket.ClosedAt = status == TicketStatus.Closed ? ticket.ClosedAt ?? Now : null;
        if (status == TicketStatus.Closed)
        {
            ticket.WaitingSince = null;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task SetPriorityAsync(Ticket ticket, TicketPriority priority, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ticket.Priority = priority;
        await db.SaveChangesAsync(cancellationToken);
    }

    // The message, its files, the ticket's new state and the mail in one SaveChanges: a reply is
    // never stored without leaving, nor mailed without being in the thread. The files stay on the
    // ticket: the outbox keeps a mail's text only, so the customer downloads them under My tickets.
    public async Task ReplyAsync(Ticket ticket, string body, Guid me, IReadOnlyList<CheckedAttachment>? files = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var earlier = await db.Set<TicketMessage>().AsNoTracking()
            .Where(m => m.TicketId == ticket.Id && m.MessageId != null)
            .OrderBy(m => m.SentAt).ThenBy(m => m.Id)
            .Select(m => new EarlierMail(m.MessageId!, m.Kind))
            .ToListAsync(cancellationToken);
        var culture = ticket.PersonId is { } personId
            ? await db.Users.Where(u => u.Id == personId).Select(u => u.PreferredCulture).FirstOrDefaultAsync(cancellationToken)
            : null;
        files ??= [];
        var mailed = files.Sum(f => (long)f.Content.Length) <= attachments.Limits.MaxMailBytes;
        var (mail, messageId) = mails.Reply(ticket, body, earlier, culture ?? ticket.Culture, filesInPortalOnly: files.Count > 0 && !mailed);
        if (mailed)
        {
            mail = mail with { Attachments = files.Select(f => new MailAttachment(f.FileName, f.Type.ContentType, f.Content)).ToList() };
        }

        var now = Now;
        var message = new TicketMessage
        {
            Id = Guid.NewGuid(),
            TicketId = ticket.Id,
            AuthorUserId = me,
            Kind = TicketMessageKind.StaffReply,
            Body = body,
            MessageId = messageId,
            SentAt = now,
        };
        attachments.AddTo(message, files);
        db.Add(message);
        ticket.Status = TicketStatus.WaitingForCustomer;
        ticket.WaitingSince = null;
        ticket.LastMessageAt = now;
        ticket.ClosedAt = null;
        outbox.Add(mail, ticket.PersonId);
        await db.SaveChangesAsync(cancellationToken);
        outbox.Wake();
    }

    // For colleagues only: no mail, and the customer still waits as before.
    public async Task NoteAsync(Ticket ticket, string body, Guid me, IReadOnlyList<CheckedAttachment>? files = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var message = new TicketMessage
        {
            Id = Guid.NewGuid(),
            TicketId = ticket.Id,
            AuthorUserId = me,
            Kind = TicketMessageKind.InternalNote,
            Body = body,
            SentAt = Now,
        };
        attachments.AddTo(message, files ?? []);
        db.Add(message);
        await db.SaveChangesAsync(cancellationToken);
    }

    // A file of a ticket within the staff member's topics; like a view, every download is audited.
    public async Task<AttachmentDownload?> DownloadAsync(int number, Guid id, CancellationToken cancellationToken = default)
    {
        var download = await attachments.DownloadAsync(scope.Visible(db.Set<Ticket>().AsNoTracking()), number, id, withNotes: true, cancellationToken);
        if (download is not null)
        {
            await audit.RecordAsync(AuditAction.AttachmentDownloaded, download.PersonId, details: $"ticket {download.TicketNumber}, attachment {id}", cancellationToken: cancellationToken);
        }

        return download;
    }

    // The other ticket through DeskScope, so one the staff member may not see is "unknown" too.
    public async Task<(Ticket? Target, MergeRefusal Refusal)> MergeTargetAsync(Ticket source, MergeInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(input);
        if (input.Number is not { } number)
        {
            return (null, MergeRefusal.NoNumber);
        }

        if (number == source.Number)
        {
            return (null, MergeRefusal.Same);
        }

        var target = await FindAsync(number, cancellationToken);
        if (target is null)
        {
            return (null, MergeRefusal.Unknown);
        }

        return SamePerson(source, target) ? (target, MergeRefusal.None) : (null, MergeRefusal.OtherPerson);
    }

    // The same account, or without accounts the same address: a merge never shows one person's
    // messages under another person's ticket.
    public static bool SamePerson(Ticket one, Ticket other)
    {
        ArgumentNullException.ThrowIfNull(one);
        ArgumentNullException.ThrowIfNull(other);
        return one.PersonId is { } person
            ? other.PersonId == person
            : other.PersonId is null && string.Equals(one.Email.Trim(), other.Email.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    public Task<int> MessageCountAsync(Ticket ticket, CancellationToken cancellationToken = default) =>
        db.Set<TicketMessage>().CountAsync(m => m.TicketId == ticket.Id, cancellationToken);

    // Messages (with their Message-IDs, so replies to old mails find the target) and contact
    // messages move over, a note says where they came from, and the merged ticket is deleted:
    // its number answers 404 afterwards. One transaction.
    public async Task MergeAsync(Ticket source, Ticket target, Guid me, string note, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<TicketMessage>().Where(m => m.TicketId == source.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.TicketId, target.Id), cancellationToken);
        await db.Set<ContactMessage>().Where(m => m.TicketId == source.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.TicketId, target.Id), cancellationToken);

        var now = Now;
        db.Add(new TicketMessage
        {
            Id = Guid.NewGuid(),
            TicketId = target.Id,
            AuthorUserId = me,
            Kind = TicketMessageKind.InternalNote,
            Body = note,
            SentAt = now,
        });
        if (source.LastMessageAt > target.LastMessageAt)
        {
            target.LastMessageAt = source.LastMessageAt;
        }

        db.Remove(source);
        audit.Add(AuditAction.TicketsMerged, target.PersonId, details: $"ticket {source.Number} merged into {target.Number}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}

public sealed record EarlierMail(string MessageId, TicketMessageKind Kind);
