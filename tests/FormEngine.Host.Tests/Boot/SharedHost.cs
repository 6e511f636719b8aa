namespace FormEngine.Host.Tests.Boot;

/// <summary>One host on a fresh database for tests that only read, or that each use their own residents.</summary>
public sealed class SharedHost : IDisposable
{
    private readonly TempFolder _folder = new();

    public SharedHost()
    {
        Host = new BootHost(_folder.File("shared.db"));
        _ = Host.Server; // start now: migrations, definitions, seed
    }

    public BootHost Host { get; }

    public void Dispose()
    {
        Host.Dispose();
        _folder.Dispose();
    }
}
