using FormEngine.Definitions.Yaml;

namespace FormEngine.Definitions;

internal static class ExpressionReader
{
    public static ExpressionText? Read(MappingReader reader, string key)
    {
        var scalar = reader.Scalar(key);
        return scalar is null ? null : From(scalar);
    }

    public static ExpressionText From(YamlScalar scalar) => new(scalar.Value, scalar.ContentStart);

    /// <summary><c>required: true</c>, <c>required: false</c> or <c>required: &lt;condition&gt;</c>.</summary>
    public static Flag ReadFlag(MappingReader reader, string key)
    {
        var scalar = reader.Scalar(key);
        if (scalar is null) return Flag.False;
        if (scalar.Style == ScalarStyle.Plain && scalar.Value is "true" or "false")
            return new Flag(scalar.Value == "true", null, scalar.Span);
        return new Flag(false, From(scalar), scalar.Span);
    }
}
