namespace FormEngine.Host.Tests.Residents;

/// <summary>Waits for something a background service does (the workflow-start dispatcher), up to a generous limit.</summary>
public static class Eventually
{
    public static async Task<T> Async<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? limit = null)
    {
        var until = DateTime.UtcNow + (limit ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = await read();
            if (done(value)) return value;
            if (DateTime.UtcNow > until) Assert.Fail($"Still not done after {limit ?? TimeSpan.FromSeconds(30)}: {value}");
            await Task.Delay(50);
        }
    }
}
