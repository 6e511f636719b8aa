using System.Text.RegularExpressions;

namespace FormEngine.Schema;

public enum SchemaType
{
    Any,
    String,
    Integer,
    Number,
    Boolean,
    Object,
    Array,
}

/// <summary>
/// The subset of JSON Schema 2020-12 that forms compile to. One model feeds both the published JSON Schema
/// (<see cref="JsonSchemaWriter"/>) and our native validator, so the two cannot drift apart.
/// </summary>
public sealed class SchemaNode
{
    public SchemaType Type { get; set; }
    public string? Format { get; set; }
    public string? Pattern { get; set; }
    public Regex? PatternRegex { get; set; }
    public IReadOnlyList<string>? Enum { get; set; }
    /// <summary>A value that must be exactly <c>true</c> (accepted terms).</summary>
    public bool ConstTrue { get; set; }
    public decimal? Minimum { get; set; }
    public decimal? Maximum { get; set; }
    public int? MinLength { get; set; }
    public int? MaxLength { get; set; }
    public int? MinItems { get; set; }
    public int? MaxItems { get; set; }
    public bool UniqueItems { get; set; }
    public SchemaNode? Items { get; set; }
    public List<SchemaProperty> Properties { get; } = [];
    public List<string> Required { get; } = [];
    /// <summary><c>allOf: [{if, then: {required}}]</c>, one per field that is required only under a condition.</summary>
    public List<ConditionalRequirement> Conditionals { get; } = [];
    /// <summary>Title for readers of the schema (the Swedish label).</summary>
    public string? Title { get; set; }
    /// <summary>Which field's messages apply to problems found here; null for the root.</summary>
    public Forms.CompiledField? Field { get; set; }

    private Dictionary<string, SchemaProperty>? _byName;

    /// <summary>
    /// Looks a property up by name without allocating: the validator asks once per answer. The index is
    /// rebuilt if properties were added since (the tree is only built before a form is published).
    /// </summary>
    public SchemaProperty? Property(string name)
    {
        var index = _byName;
        if (index is null || index.Count != Properties.Count)
        {
            index = new Dictionary<string, SchemaProperty>(Properties.Count, StringComparer.Ordinal);
            foreach (var property in Properties) index.TryAdd(property.Name, property);
            _byName = index;
        }
        return index.GetValueOrDefault(name);
    }
}

public sealed record SchemaProperty(string Name, SchemaNode Schema);

/// <summary>
/// Fields at <see cref="Target"/> (a path of property names from the node holding this, through groups and
/// repeat rows) are required when <see cref="When"/> holds for the node's value.
/// </summary>
public sealed record ConditionalRequirement(SchemaCondition When, IReadOnlyList<TargetStep> Target, string FieldKey);

/// <summary>One step from an object to a nested object: into property <see cref="Name"/>, then into each array item if <see cref="Repeat"/>.</summary>
public sealed record TargetStep(string Name, bool Repeat);
