namespace RedIt.Portal.Tests.Infrastructure;

// The system clock moved by an offset the test sets, for a whole portal: "now" can be months on,
// while timers and delays still run in real time. A FakeTimeProvider's timers fire only when the
// test advances it, which would stall the ACME client's polling of a real server (Pebble).
public sealed class MovedClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
        set => Interlocked.Exchange(ref _offsetTicks, value.Ticks);
    }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public void MoveTo(DateTime utc) => Offset = utc - DateTime.UtcNow;
}
