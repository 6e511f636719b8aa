using System.Text.Json;
using Json.Schema;

namespace FormEngine.Schema;

/// <summary>
/// Teaches JsonSchema.Net our formats (<see cref="Formats.Checks"/>) with the very predicates our validator
/// runs, so a published schema means the same in both. This replaces JsonSchema.Net's own <c>date</c> and
/// <c>email</c> on purpose: one implementation of each format. Without registration JsonSchema.Net passes
/// unknown formats such as <c>personnummer</c> even with <c>RequireFormatValidation</c>.
/// </summary>
public static class JsonSchemaFormats
{
    private static readonly Lock Gate = new();

    /// <summary>Ours, by name; created once so that callers can check which implementation is registered.</summary>
    public static IReadOnlyDictionary<string, Format> All { get; } =
        Formats.Checks.ToDictionary(c => c.Key, c => (Format)new PredicateFormat(c.Key, Predicate(c.Value)));

    /// <summary>
    /// Registers every format in the global registry (JsonSchema.Net resolves formats when it evaluates, so
    /// schemas built before this call use them too). Safe to call any number of times from any thread; it
    /// registers again only if something replaced one of ours.
    /// </summary>
    public static void Register()
    {
        if (IsRegistered()) return;
        lock (Gate)
        {
            foreach (var format in All.Values)
                if (!ReferenceEquals(FormatRegistry.Global.Get(format.Key), format))
                    FormatRegistry.Global.Register(format);
        }
    }

    public static bool IsRegistered()
    {
        foreach (var format in All.Values)
            if (!ReferenceEquals(FormatRegistry.Global.Get(format.Key), format)) return false;
        return true;
    }

    /// <summary><c>format</c> only constrains strings; other types are for <c>type</c> to reject.</summary>
    private static Func<JsonElement, bool> Predicate(Func<string, bool> check) =>
        element => element.ValueKind != JsonValueKind.String || check(element.GetString()!);
}
