using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using FormEngine.Schema;

namespace FormEngine.Tests.Schema;

/// <summary>
/// Records, for every if/then in a form's schema, whether generated submissions made its condition both
/// hold and fail somewhere: a requirement that never triggered (or never stayed quiet) was not tested.
/// </summary>
internal sealed class ConditionCoverage
{
    private readonly ConcurrentDictionary<ConditionalRequirement, (bool Held, bool Failed)> _seen = new(ReferenceEqualityComparer.Instance);

    public ConditionCoverage(SchemaNode root) => Register(root);

    public void Observe(SchemaNode schema, JsonNode? value)
    {
        switch (value)
        {
            case JsonObject obj when schema.Type == SchemaType.Object:
                foreach (var conditional in schema.Conditionals)
                {
                    var holds = ConditionEvaluator.Holds(conditional.When, obj);
                    _seen.AddOrUpdate(conditional, _ => (holds, !holds), (_, s) => (s.Held || holds, s.Failed || !holds));
                }
                foreach (var (name, child) in obj)
                    if (schema.Property(name) is { } property) Observe(property.Schema, child);
                break;
            case JsonArray array when schema.Items is { } items:
                foreach (var item in array) Observe(items, item);
                break;
        }
    }

    /// <summary>Conditions (as the target field's key) that were not seen both ways.</summary>
    public IReadOnlyList<string> OneSided() =>
        [.. _seen.Where(s => !(s.Value.Held && s.Value.Failed)).Select(s => $"{s.Key.FieldKey} (held: {s.Value.Held}, failed: {s.Value.Failed})")];

    public int Count => _seen.Count;

    private void Register(SchemaNode node)
    {
        foreach (var conditional in node.Conditionals) _seen.TryAdd(conditional, (false, false));
        foreach (var property in node.Properties) Register(property.Schema);
        if (node.Items is not null) Register(node.Items);
    }
}
