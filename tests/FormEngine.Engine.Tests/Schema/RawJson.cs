using System.Text.Json;

namespace FormEngine.Tests.Schema;

/// <summary>Raw JSON text fragments, so that generated submissions can hold numbers such as 1e400 exactly as a client sent them.</summary>
internal static class RawJson
{
    public static string Text(string value) => JsonSerializer.Serialize(value);

    public static string Object(IEnumerable<string> members) => "{" + string.Join(",", members) + "}";

    public static string Array(IEnumerable<string> items) => "[" + string.Join(",", items) + "]";

    public static string Member(string key, string value) => Text(key) + ":" + value;
}
