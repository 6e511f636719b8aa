using System.Text.Json;
using System.Text.Json.Nodes;
using FormEngine.Forms;

namespace FormEngine.Schema;

/// <summary>Writes a <see cref="SchemaNode"/> tree as a JSON Schema 2020-12 document.</summary>
public static class JsonSchemaWriter
{
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(SchemaNode root, CompiledFormInfo info)
    {
        var document = new JsonObject
        {
            ["$schema"] = Dialect,
            ["$id"] = $"urn:formengine:form:{info.Key}:{info.Version}",
            ["title"] = info.Title,
        };
        var body = Node(root);
        foreach (var name in body.Select(p => p.Key).ToList())
        {
            var value = body[name];
            body.Remove(name);
            document[name] = value;
        }
        return document.ToJsonString(Indented);
    }

    private static JsonObject Node(SchemaNode node)
    {
        var json = new JsonObject();
        if (node.Title is not null) json["title"] = node.Title;
        if (node.Type != SchemaType.Any) json["type"] = TypeName(node.Type);
        if (node.ConstTrue) json["const"] = true;
        if (node.Enum is not null) json["enum"] = new JsonArray([.. node.Enum.Select(e => JsonValue.Create(e))]);
        if (node.Format is not null) json["format"] = node.Format;
        if (node.Pattern is not null) json["pattern"] = node.Pattern;
        if (node.MinLength is { } minLength) json["minLength"] = minLength;
        if (node.MaxLength is { } maxLength) json["maxLength"] = maxLength;
        if (node.Minimum is { } minimum) json["minimum"] = minimum;
        if (node.Maximum is { } maximum) json["maximum"] = maximum;
        if (node.MinItems is { } minItems) json["minItems"] = minItems;
        if (node.MaxItems is { } maxItems) json["maxItems"] = maxItems;
        if (node.UniqueItems) json["uniqueItems"] = true;
        if (node.Items is not null) json["items"] = Node(node.Items);
        if (node.Type == SchemaType.Object)
        {
            var properties = new JsonObject();
            foreach (var property in node.Properties) properties[property.Name] = Node(property.Schema);
            json["properties"] = properties;
            if (node.Required.Count > 0) json["required"] = Names(node.Required);
            if (node.Conditionals.Count > 0)
                json["allOf"] = new JsonArray([.. node.Conditionals.Select(c => (JsonNode)new JsonObject
                {
                    ["if"] = Condition(c.When),
                    ["then"] = Then(c.Target, 0, c.FieldKey),
                })]);
            json["unevaluatedProperties"] = false;
        }
        return json;
    }

    private static JsonObject Then(IReadOnlyList<TargetStep> target, int index, string key)
    {
        if (index == target.Count) return new JsonObject { ["required"] = Names([key]) };
        var inner = Then(target, index + 1, key);
        var step = target[index];
        return new JsonObject
        {
            ["properties"] = new JsonObject { [step.Name] = step.Repeat ? new JsonObject { ["items"] = inner } : inner },
        };
    }

    /// <summary>Every atom demands each step to be an object holding the next, so absent or malformed values never match.</summary>
    internal static JsonObject Condition(SchemaCondition condition) => condition switch
    {
        SchemaCondition.Not n => new JsonObject { ["not"] = Condition(n.Inner) },
        SchemaCondition.All a => new JsonObject { ["allOf"] = new JsonArray([.. a.Items.Select(i => (JsonNode)Condition(i))]) },
        SchemaCondition.Any a => new JsonObject { ["anyOf"] = new JsonArray([.. a.Items.Select(i => (JsonNode)Condition(i))]) },
        SchemaCondition.Is e => At(e.Path, new JsonObject { ["const"] = Value(e.Value) }),
        SchemaCondition.OneOf o => At(o.Path, new JsonObject { ["enum"] = new JsonArray([.. o.Values.Select(Value)]) }),
        SchemaCondition.Contains c => At(c.Path, new JsonObject { ["type"] = "array", ["contains"] = new JsonObject { ["const"] = Value(c.Value) } }),
        SchemaCondition.Compare c => At(c.Path, new JsonObject { ["type"] = "number", [CompareKeyword(c.Operator)] = c.Value }),
        SchemaCondition.Present p => At(p.Path, Node(p.Shape)),
        _ => throw new InvalidOperationException($"Unknown condition {condition}"),
    };

    private static JsonObject At(IReadOnlyList<string> path, JsonObject leaf)
    {
        var current = leaf;
        for (var i = path.Count - 1; i >= 0; i--)
        {
            current = new JsonObject
            {
                ["properties"] = new JsonObject { [path[i]] = current },
                ["required"] = Names([path[i]]),
            };
            if (i > 0) current["type"] = "object";
        }
        return current;
    }

    internal static string CompareKeyword(string op) => op switch
    {
        "<" => "exclusiveMaximum",
        "<=" => "maximum",
        ">" => "exclusiveMinimum",
        _ => "minimum",
    };

    private static JsonNode? Value(object value) => value switch
    {
        string s => JsonValue.Create(s),
        decimal d => JsonValue.Create(d),
        bool b => JsonValue.Create(b),
        _ => throw new InvalidOperationException($"Not a constant: {value}"),
    };

    private static JsonArray Names(IEnumerable<string> names) => new([.. names.Select(n => JsonValue.Create(n))]);

    private static string TypeName(SchemaType type) => type switch
    {
        SchemaType.String => "string",
        SchemaType.Integer => "integer",
        SchemaType.Number => "number",
        SchemaType.Boolean => "boolean",
        SchemaType.Object => "object",
        _ => "array",
    };
}

/// <summary>What the schema document says about the form it belongs to.</summary>
public sealed record CompiledFormInfo(string Key, int Version, string Title);
