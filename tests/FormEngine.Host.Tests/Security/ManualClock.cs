namespace FormEngine.Host.Tests.Security;

/// <summary>A clock the test moves by hand; timers still run on real time (the base class's).</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
