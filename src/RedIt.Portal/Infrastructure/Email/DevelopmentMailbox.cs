using System.Collections.Concurrent;

namespace RedIt.Portal.Infrastructure.Email;

// Without an SMTP server in Development, mail is kept here in memory so that a newcomer can
// still click a confirmation link. Only the most recent messages are kept.
public sealed class DevelopmentMailbox(TimeProvider clock) : IMailSender
{
    private const int Capacity = 200;
    private readonly ConcurrentQueue<StoredMail> _messages = new();

    public IReadOnlyList<StoredMail> Messages => [.. _messages.Reverse()];

    public StoredMail? Find(Guid id) => _messages.FirstOrDefault(m => m.Id == id);

    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        _messages.Enqueue(new StoredMail(Guid.NewGuid(), clock.GetUtcNow().UtcDateTime, mail));
        while (_messages.Count > Capacity && _messages.TryDequeue(out _))
        {
        }

        return Task.CompletedTask;
    }

    public sealed record StoredMail(Guid Id, DateTime ReceivedAt, OutgoingMail Mail);
}
