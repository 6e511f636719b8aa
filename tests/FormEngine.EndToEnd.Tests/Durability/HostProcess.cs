using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using FormEngine.EndToEnd.Tests.Infrastructure;

namespace FormEngine.EndToEnd.Tests.Durability;

/// <summary>
/// The host as a process of its own (the built FormEngine.Host.dll under `dotnet`), so that a test can kill it
/// with SIGKILL (no shutdown code runs, as in a crash) and start it again on the same SQLite file.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private HostProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }
    public int Port => BaseAddress.Port;

    /// <summary>What the process wrote so far (for failure messages).</summary>
    public string Output { get { lock (output) return output.ToString(); } }

    /// <summary>Starts the host on the file; give the <paramref name="port"/> of a previous run to restart "the same"
    /// site, so that a client's cookies (session, antiforgery) still apply, as a browser's would.</summary>
    public static async Task<HostProcess> StartAsync(string databaseFile, int? port = null)
    {
        port ??= FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.Combine(RepositoryRoot.Path, "host"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostAssembly());
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["FormEngine__Database__Provider"] = "Sqlite";
        start.Environment["FormEngine__Database__ConnectionString"] = $"Data Source={databaseFile}";
        start.Environment["FormEngine__DefinitionsPath"] = Path.Combine(RepositoryRoot.Path, "definitions");
        start.Environment["FormEngine__TestIdentity__Enabled"] = "true";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitUntilReadyAsync();
        return host;
    }

    /// <summary>SIGKILL: the process gets no chance to flush, dispose or finish a request.</summary>
    public void KillHard()
    {
        if (process.HasExited) return;
        process.Kill(entireProcessTree: false); // Process.Kill sends SIGKILL on Linux
        process.WaitForExit(10_000);
    }

    public async ValueTask DisposeAsync()
    {
        KillHard();
        await Task.CompletedTask;
        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"The host exited with {process.ExitCode}:\n{Output}");
            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The host did not answer within 90 s:\n{Output}");
    }

    /// <summary>The host built beside the tests: artifacts/bin/FormEngine.Host/&lt;configuration&gt;/FormEngine.Host.dll.</summary>
    private static string HostAssembly()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var built = Path.Combine(testBin.Parent!.Parent!.FullName, "FormEngine.Host", testBin.Name, "FormEngine.Host.dll");
        if (File.Exists(built)) return built;
        // Outside the artifacts layout the referenced host is copied beside the tests with its runtimeconfig.
        return Path.Combine(AppContext.BaseDirectory, "FormEngine.Host.dll");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
