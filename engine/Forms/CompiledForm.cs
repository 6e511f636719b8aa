using FormEngine.Definitions;
using FormEngine.Schema;
using FormEngine.Submissions;

namespace FormEngine.Forms;

/// <summary>
/// A form ready to serve: compiled once, immutable, cached by the definition store. Identity is key, version
/// and content hash; a submission keeps all three.
/// </summary>
public sealed class CompiledForm
{
    public required FormDefinition Definition { get; init; }
    public required string ContentHash { get; init; }
    public required IReadOnlyList<CompiledPage> Pages { get; init; }
    /// <summary>Top-level fields in page order.</summary>
    public required IReadOnlyList<CompiledField> Fields { get; init; }
    /// <summary>Every field, containers before their children, in document order.</summary>
    public required IReadOnlyList<CompiledField> AllFields
    {
        get => _allFields;
        init
        {
            _allFields = value;
            _positions = value.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i);
        }
    }

    private readonly IReadOnlyList<CompiledField> _allFields = [];
    private readonly Dictionary<CompiledField, int> _positions = [];
    /// <summary>Fields ordered so that each comes after every field its relevance or value depends on.</summary>
    public required IReadOnlyList<CompiledField> EvaluationOrder { get; init; }
    public required SchemaNode Schema { get; init; }
    /// <summary>The published JSON Schema 2020-12 document, indented.</summary>
    public required string JsonSchema { get; init; }
    /// <summary>Step 6: checks that JSON Schema cannot express.</summary>
    public required IReadOnlyList<CrossFieldRule> Rules { get; init; }
    /// <summary>Who may use the form; null for every resident (<see cref="Submissions.Eligibility"/> decides).</summary>
    public CompiledEligibility? Eligibility { get; init; }

    public string Key => Definition.Key;
    public int Version => Definition.Version;
    public LocalizedText Title => Definition.Title;

    public CompiledField? FindField(string path) => AllFields.FirstOrDefault(f => f.Path == path);

    /// <summary>Where the field stands in document order (containers before children): the order residents meet them.</summary>
    public int PositionOf(CompiledField field) => _positions.GetValueOrDefault(field, int.MaxValue);
}
