using System.Globalization;
using System.Text.Json.Nodes;
using FormEngine.Diagnostics;
using FormEngine.Expressions;
using FormEngine.Schema;

namespace FormEngine.Forms.FieldTypes;

/// <summary>
/// <c>type: file</c>: attachments, with <c>accept</c> (comma-separated types such as <c>image/jpeg,application/pdf</c>),
/// <c>max_size_mb</c> and <c>max_files</c>. The answer is a list of references to stored files
/// (<c>{id, name, size, content_type}</c>); the host stores the bytes and checks the type by content.
/// </summary>
public sealed class FileFieldType : FieldType
{
    public const int DefaultMaxSizeMb = 10;

    public override string Name => "file";
    public override ValueShape Shape => ValueShape.List;
    public override ExprType ValueType => ExprType.ListOf(ExprType.Text);
    public override IReadOnlyCollection<string> Settings => ["accept", "max_size_mb", "max_files"];

    public override void Check(CompiledField field, DiagnosticBag diagnostics)
    {
        var settings = field.Definition.Settings;
        foreach (var name in (string[])["max_size_mb", "max_files"])
            if (settings.TryGetValue(name, out var value) && !(int.TryParse(value.Value, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 100))
                diagnostics.Report(DiagnosticCodes.InvalidValue, value.Span, $"'{name}' must be a whole number from 1 to 100.");
        if (settings.TryGetValue("accept", out var accept))
            foreach (var type in accept.Value.Split(',', StringSplitOptions.TrimEntries))
                if (!type.Contains('/'))
                    diagnostics.Report(DiagnosticCodes.InvalidValue, accept.Span, $"'{type}' is not a media type such as image/jpeg or application/pdf.");
    }

    public override SchemaNode Schema(CompiledField field)
    {
        var accepted = AcceptedTypes(field);
        var attachment = new SchemaNode { Type = SchemaType.Object };
        attachment.Properties.Add(new("id", new SchemaNode { Type = SchemaType.String, MinLength = 1 }));
        attachment.Properties.Add(new("name", new SchemaNode { Type = SchemaType.String, MinLength = 1, MaxLength = 255 }));
        attachment.Properties.Add(new("size", new SchemaNode { Type = SchemaType.Integer, Minimum = 1, Maximum = MaxSizeMb(field) * 1024m * 1024m }));
        attachment.Properties.Add(new("content_type", new SchemaNode { Type = SchemaType.String, Enum = accepted.Count > 0 ? accepted : null }));
        attachment.Required.AddRange(["id", "name", "size", "content_type"]);
        return new SchemaNode { Type = SchemaType.Array, Items = attachment, MaxItems = MaxFiles(field) };
    }

    /// <summary>How many files the field takes (<c>max_files</c>, one unless set).</summary>
    public static int MaxFiles(CompiledField field) => Setting(field, "max_files") ?? 1;

    /// <summary>The largest file in whole megabytes (<c>max_size_mb</c>, <see cref="DefaultMaxSizeMb"/> unless set).</summary>
    public static int MaxSizeMb(CompiledField field) => Setting(field, "max_size_mb") ?? DefaultMaxSizeMb;

    /// <summary>The media types of <c>accept</c>, in the author's order; empty when any type is taken.</summary>
    public static IReadOnlyList<string> AcceptedTypes(CompiledField field) =>
        field.Definition.Settings.TryGetValue("accept", out var a) ? a.Value.Split(',', StringSplitOptions.TrimEntries) : [];

    private static int? Setting(CompiledField field, string name) =>
        field.Definition.Settings.TryGetValue(name, out var value) && int.TryParse(value.Value, CultureInfo.InvariantCulture, out var n) ? n : null;

    public override object? ToExpressionValue(JsonNode? value) =>
        value is JsonArray array ? array.Select(i => (object?)(i?["name"]?.GetValue<string>())).ToList() : null;

    public override string Display(CompiledField field, JsonNode value, string language) =>
        value is JsonArray array ? string.Join(", ", array.Select(i => i?["name"]?.ToString())) : "";

    public override string Template => """
        <div class="fe-field{{ slot.error_class }}" id="{{ slot.id }}-field"{{ field.data_attrs }}>
        <label class="fe-label" for="{{ slot.id }}">{{ field.label }}{{ field.optional }}</label>
        {{ field.hint_html }}{{ slot.error }}{{ slot.files }}
        <input class="fe-file-upload" id="{{ slot.id }}" name="{{ slot.name }}" type="file"{{ if field.settings.accept }} accept="{{ field.settings.accept }}"{{ end }}{{ if field.multiple }} multiple{{ end }}{{ slot.disabled }}{{ slot.described_by }}{{ slot.invalid }}>
        </div>
        """;
}
