using System.Diagnostics;

namespace FormEngine.LoadTests.Serving;

/// <summary>
/// The parent's side: runs this program again with <c>--serve</c> and the host's garbage collector (the Web SDK's
/// default, server GC), waits for its address, and reports the CPU time the host process used, so a phase can
/// say how many milliseconds of host CPU one request costs.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private HostProcess(Process process, StreamWriter log, Uri address)
    {
        _process = process;
        _log = log;
        Address = address;
    }

    public Uri Address { get; }
    public int Id => _process.Id;

    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<HostProcess> StartAsync(string databaseFile, string definitions, string signingKey, bool dispatcher, string logFile)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(HostProcess).Assembly.Location);
        foreach (var argument in ServeCommand.Arguments(databaseFile, definitions, signingKey, dispatcher)) start.ArgumentList.Add(argument);
        // WebApplicationFactory finds the host's content root (Pages, wwwroot) by this setting outside a test project.
        start.Environment["ASPNETCORE_TEST_CONTENTROOT_FORMENGINE_HOST"] = Path.Combine(RepositoryRoot.Find(), "host");
        start.Environment["DOTNET_gcServer"] = "1";
        start.Environment["DOTNET_gcConcurrent"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the host process.");
        var log = new StreamWriter(logFile) { AutoFlush = true };
        var ready = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        // Both streams are drained all the time: the host logs every stored case, and a full pipe would stall it.
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) { ready.TrySetException(new InvalidOperationException($"The host process ended early; see {logFile}")); return; }
            if (e.Data.StartsWith(ServeCommand.ReadyPrefix, StringComparison.Ordinal)) ready.TrySetResult(new Uri(e.Data[ServeCommand.ReadyPrefix.Length..]));
            else lock (log) log.WriteLine(e.Data);
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var address = await ready.Task.WaitAsync(TimeSpan.FromMinutes(2));
        return new HostProcess(process, log, address);
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
        lock (_log) _log.Dispose();
    }
}
