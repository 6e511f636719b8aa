using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FormEngine.Host.Tests.Notifications;

/// <summary>
/// Just enough SMTP on a loopback port to receive a message (220, 250 to EHLO/MAIL/RCPT, 354 for DATA, 250 after
/// the dot, 221 to QUIT): no extensions, no TLS, no authentication. Each message's raw DATA is kept.
/// </summary>
public sealed class TinySmtpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();

    public TinySmtpServer()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public ConcurrentQueue<(string From, string To, string Data)> Messages { get; } = new();

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested) _ = ServeAsync(await _listener.AcceptTcpClientAsync(_stop.Token));
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 tiny.test ESMTP");
        string from = "", to = "";
        while (await reader.ReadLineAsync() is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            if (verb is "EHLO" or "HELO") await writer.WriteLineAsync("250 tiny.test");
            else if (verb == "MAIL") { from = line; await writer.WriteLineAsync("250 OK"); }
            else if (verb == "RCPT") { to = line; await writer.WriteLineAsync("250 OK"); }
            else if (verb == "DATA")
            {
                await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                var data = new StringBuilder();
                while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".") data.Append(dataLine).Append("\r\n");
                Messages.Enqueue((from, to, data.ToString()));
                await writer.WriteLineAsync("250 OK queued");
            }
            else if (verb == "QUIT") { await writer.WriteLineAsync("221 Bye"); return; }
            else await writer.WriteLineAsync("250 OK");
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }
}
