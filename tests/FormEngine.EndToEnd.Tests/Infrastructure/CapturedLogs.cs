using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace FormEngine.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Every log entry the host writes during the run, kept in memory as one line each: level, category, event, the
/// formatted message, the structured state, every scope and the exception. Registered at Trace for this provider
/// alone, so the test that scans it sees more than any configured sink would, not less.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> lines = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<string> Lines => lines.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose() { /* the lines outlive the host: the scan may run after it stopped */ }

    private void Write<TState>(string category, LogLevel level, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var line = new StringBuilder($"{level} {category}[{eventId.Id}:{eventId.Name}] {formatter(state, exception)}");
        if (state is IEnumerable<KeyValuePair<string, object?>> values) AppendValues(line, " state:", values);
        scopes.ForEachScope((scope, builder) =>
        {
            if (scope is IEnumerable<KeyValuePair<string, object?>> scopeValues) AppendValues(builder, " scope:", scopeValues);
            else builder.Append(" scope: ").Append(scope);
        }, line);
        if (exception is not null) line.Append(" exception: ").Append(exception);
        lines.Enqueue(line.ToString());
    }

    private static void AppendValues(StringBuilder line, string label, IEnumerable<KeyValuePair<string, object?>> values)
    {
        line.Append(label);
        foreach (var (key, value) in values) line.Append(' ').Append(key).Append('=').Append(value);
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Write(category, logLevel, eventId, state, exception, formatter);
    }
}
