namespace FormEngine.Workflows.Runtime;

/// <summary>
/// A fault, kept on the instance for a person to see, retry or cancel: which activity, a code, the message and
/// the full exception text.
/// </summary>
public sealed record Incident(string Id, string ActivityId, string ActivityType, string Code, string Message, string? Exception, DateTimeOffset At);
