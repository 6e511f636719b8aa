using FormEngine.Definitions.Yaml;
using FormEngine.Diagnostics;

namespace FormEngine.Definitions;

/// <summary>Reads fields, groups and repeats. Type-specific settings are checked later by each field type.</summary>
internal sealed class FieldReader
{
    private static readonly string[] CommonProperties =
        ["key", "type", "label", "hint", "text", "required", "readonly", "visible_when", "compute", "prefill",
         "default", "sensitivity", "autocomplete", "choices", "choices_from", "validators", "fields",
         "min_count", "max_count", "item_label"];

    private readonly IReadOnlyCollection<string> _settings;
    private readonly string[] _known;
    private readonly DiagnosticBag _diagnostics;

    public FieldReader(IReadOnlyCollection<string> settings, DiagnosticBag diagnostics)
    {
        _settings = settings;
        _known = [.. CommonProperties, .. settings];
        _diagnostics = diagnostics;
    }

    public List<FieldDefinition> ReadAll(MappingReader parent, string key)
    {
        var fields = new List<FieldDefinition>();
        var items = parent.Sequence(key, required: true);
        if (items is null) return fields;
        if (items.Count == 0) _diagnostics.Report(DiagnosticCodes.EmptyContainer, parent.SpanOf(key), $"'{key}' has no fields.");
        foreach (var item in items)
        {
            if (item is not YamlMapping mapping)
            {
                _diagnostics.Report(DiagnosticCodes.WrongNodeKind, item.Span, "A field must be a mapping with at least key and type.");
                continue;
            }
            var field = Read(mapping);
            if (field is not null) fields.Add(field);
        }
        return fields;
    }

    private FieldDefinition? Read(YamlMapping mapping)
    {
        var field = new MappingReader(mapping, _diagnostics, _known, "a field");
        var key = field.Scalar("key", required: true);
        var type = field.Scalar("type", required: true);
        if (key is not null) FormDefinitionReader.CheckName(key, _diagnostics, "Field key");

        var choicesNode = field.Sequence("choices");
        var fromScalar = field.Scalar("choices_from");
        var children = field.Has("fields") ? ReadAll(field, "fields") : null;
        var settings = new Dictionary<string, YamlScalar>();
        foreach (var name in _settings)
            if (field.Scalar(name) is { } value) settings[name] = value;

        // Everything is read even when key or type is missing, so that the mistakes inside are reported too.
        var definition = new FieldDefinition
        {
            Key = key?.Value ?? "",
            Type = type?.Value ?? "",
            Span = mapping.Span,
            KeySpan = key?.Span ?? mapping.Span,
            TypeSpan = type?.Span ?? mapping.Span,
            PropertySpans = mapping.Entries.ToDictionary(e => e.Key.Value, e => e.Key.Span),
            Label = TextReader.Read(field, "label"),
            Hint = TextReader.Read(field, "hint"),
            Text = TextReader.Read(field, "text"),
            Required = ExpressionReader.ReadFlag(field, "required"),
            ReadOnly = ExpressionReader.ReadFlag(field, "readonly"),
            VisibleWhen = ExpressionReader.Read(field, "visible_when"),
            Compute = ExpressionReader.Read(field, "compute"),
            Prefill = ExpressionReader.Read(field, "prefill"),
            Default = field.Scalar("default"),
            Sensitivity = field.Enum("sensitivity", FormDefinitionReader.Sensitivities),
            Autocomplete = field.String("autocomplete"),
            Settings = settings,
            Choices = choicesNode is null ? null : ChoiceReader.ReadAll(choicesNode, _diagnostics),
            ChoicesFrom = fromScalar?.Value,
            ChoicesFromSpan = fromScalar?.Span ?? mapping.Span,
            Validators = ReadValidators(field),
            Fields = children,
            MinCount = field.Int("min_count", min: 0),
            MaxCount = field.Int("max_count", min: 1),
            MinCountSpan = field.SpanOf("min_count"),
            ItemLabel = TextReader.Read(field, "item_label"),
        };
        // Without a key nothing can refer to the field; without a type it stays, so references to it still resolve.
        return key is null ? null : definition;
    }

    private List<ValidatorDefinition> ReadValidators(MappingReader field)
    {
        var validators = new List<ValidatorDefinition>();
        var items = field.Sequence("validators");
        if (items is null) return validators;
        foreach (var item in items)
        {
            if (item is not YamlMapping mapping)
            {
                _diagnostics.Report(DiagnosticCodes.WrongNodeKind, item.Span, "A validator must be a mapping such as {max_length: 200, message: {sv: ...}}.");
                continue;
            }
            var kinds = mapping.Entries.Where(e => e.Key.Value != "message").ToList();
            foreach (var entry in kinds.Where(e => !ValidatorDefinition.Kinds.Contains(e.Key.Value)))
                _diagnostics.Report(DiagnosticCodes.UnknownValidator, entry.Key.Span,
                    $"Unknown validator '{entry.Key.Value}'.{DidYouMean.Suggest(entry.Key.Value, [.. ValidatorDefinition.Kinds, "message"])}");
            var known = kinds.Where(e => ValidatorDefinition.Kinds.Contains(e.Key.Value)).ToList();
            if (known.Count > 1)
                _diagnostics.Report(DiagnosticCodes.InvalidValue, known[1].Key.Span, "Give one rule per validator, each with its own message.");
            if (kinds.Count == 0)
                _diagnostics.Report(DiagnosticCodes.MissingProperty, mapping.Span, "The validator names no rule.");
            var message = mapping.Find("message") is { } m ? TextReader.Read(m.Value, "message", _diagnostics) : null;
            if (known.Count == 0) continue;
            var (kind, value) = (known[0].Key, known[0].Value);
            if (value is not YamlScalar scalar || scalar.IsNull)
            {
                _diagnostics.Report(DiagnosticCodes.WrongNodeKind, value.Span, $"'{kind.Value}' takes a single value.");
                continue;
            }
            var expression = kind.Value is "rule" or "compare" ? ExpressionReader.From(scalar) : null;
            validators.Add(new ValidatorDefinition(kind.Value, scalar.Value, expression, message, scalar.Span));
        }
        return validators;
    }
}
