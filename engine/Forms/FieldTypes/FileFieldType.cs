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
        var settings = field.Definition.Settings;
        var maxFiles = settings.TryGetValue("max_files", out var f) && int.TryParse(f.Value, CultureInfo.InvariantCulture, out var mf) ? mf : 1;
        var maxMb = settings.TryGetValue("max_size_mb", out var m) && int.TryParse(m.Value, CultureInfo.InvariantCulture, out var mm) ? mm : DefaultMaxSizeMb;
        var accepted = settings.TryGetValue("accept", out var a) ? a.Value.Split(',', StringSplitOptions.TrimEntries).ToList() : null;
        var attachment = new SchemaNode { Type = SchemaType.Object };
        attachment.Properties.Add(new("id", new SchemaNode { Type = SchemaType.String, MinLength = 1 }));
        attachment.Properties.Add(new("name", new SchemaNode { Type = SchemaType.String, MinLength = 1, MaxLength = 255 }));
        attachment.Properties.Add(new("size", new SchemaNode { Type = SchemaType.Integer, Minimum = 1, Maximum = maxMb * 1024m * 1024m }));
        attachment.Properties.Add(new("content_type", new SchemaNode { Type = SchemaType.String, Enum = accepted }));
        attachment.Required.AddRange(["id", "name", "size", "content_type"]);
        return new SchemaNode { Type = SchemaType.Array, Items = attachment, MaxItems = maxFiles };
    }

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
