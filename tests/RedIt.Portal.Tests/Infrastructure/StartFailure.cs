namespace RedIt.Portal.Tests.Infrastructure;

// What a portal that refuses to start says, through whatever wrapping the host adds.
public static class StartFailure
{
    public static string Of(PortalFactory portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var failure = Record.Exception(() => portal.CreateClient());
        Assert.NotNull(failure);
        var messages = new List<string>();
        var pending = new Stack<Exception>([failure]);
        while (pending.TryPop(out var exception))
        {
            messages.Add(exception.Message);
            foreach (var inner in exception is AggregateException aggregate ? aggregate.InnerExceptions : [exception.InnerException!])
            {
                if (inner is not null)
                {
                    pending.Push(inner);
                }
            }
        }

        return string.Join(Environment.NewLine, messages);
    }
}
