using Microsoft.Data.Sqlite;

namespace FormEngine.Host.Tests.Boot;

/// <summary>
/// A fresh folder under the system temp folder, removed with everything in it on dispose, together with the
/// PostgreSQL databases its files stood for (<see cref="TestDatabase"/>).
/// </summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "fe-host-" + Guid.NewGuid().ToString("N")[..12])).FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        TestDatabase.DropUnder(Path);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platform: the temp folder is cleaned by the OS eventually.
        }
    }
}
