using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace FormEngine.Host.Tests.Operations;

/// <summary>
/// Everything the host logs at any level, with the text of the scopes around each entry (the production JSON
/// console writes scopes too) and of any exception, so a test can search all of it for a string.
/// </summary>
public sealed class LogCapture : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<string> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    /// <summary>The entries that contain <paramref name="text"/> (ignoring case).</summary>
    public List<string> Containing(string text) => [.. Entries.Where(e => e.Contains(text, StringComparison.OrdinalIgnoreCase))];

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => capture._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = new System.Text.StringBuilder($"{logLevel} {category}: {formatter(state, exception)}");
            // Structured values too: a template may keep a value out of the message but a JSON formatter writes it.
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
                foreach (var (key, value) in values) text.Append($" {key}={value}");
            capture._scopes.ForEachScope((scope, builder) =>
            {
                builder.Append($" => {scope}");
                if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                    foreach (var (key, value) in pairs) builder.Append($" {key}={value}");
            }, text);
            if (exception is not null) text.Append($" {exception}");
            capture.Entries.Enqueue(text.ToString());
        }
    }
}
