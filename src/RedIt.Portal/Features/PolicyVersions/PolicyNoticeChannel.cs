using System.Threading.Channels;

namespace RedIt.Portal.Features.PolicyVersions;

// Publishing a significant version may mean mailing thousands of customers; the admin's request
// only puts the job here and returns, and PolicyNoticeSender works through it in the background.
public sealed class PolicyNoticeChannel
{
    private readonly Channel<PolicyNotice> _channel = Channel.CreateUnbounded<PolicyNotice>(new UnboundedChannelOptions { SingleReader = true });

    public ValueTask EnqueueAsync(PolicyNotice notice, CancellationToken cancellationToken = default) =>
        _channel.Writer.WriteAsync(notice, cancellationToken);

    public IAsyncEnumerable<PolicyNotice> ReadAllAsync(CancellationToken cancellationToken) =>
        _channel.Reader.ReadAllAsync(cancellationToken);
}

// The link is made while the admin's request is still there: the background has no request to
// take the portal's address from when Portal:BaseUrl is not configured.
public sealed record PolicyNotice(Guid PolicyVersionId, string PrivacyUrl);
