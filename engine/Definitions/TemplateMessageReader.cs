using FormEngine.Definitions.Yaml;
using FormEngine.Diagnostics;

namespace FormEngine.Definitions;

/// <summary>Reads a form's <c>message:</c> block: <c>{kind: information|question, subject: {sv,en}, text: {sv,en}}</c>.</summary>
internal static class TemplateMessageReader
{
    private static readonly string[] Properties = ["kind", "subject", "text"];

    internal static readonly Dictionary<string, TemplateMessageKind> Kinds = new()
    {
        ["information"] = TemplateMessageKind.Information,
        ["question"] = TemplateMessageKind.Question,
    };

    /// <returns>The message, or null when there is none or it is too broken to use (reported).</returns>
    public static TemplateMessage? Read(MappingReader form)
    {
        var mapping = form.Mapping("message");
        if (mapping is null) return null;
        var message = new MappingReader(mapping, form.Diagnostics, Properties, "the message");
        var kind = message.Scalar("kind", required: true) is null ? null : message.Enum("kind", Kinds);
        var subject = TextReader.Read(message, "subject", required: true);
        var text = TextReader.Read(message, "text", required: true);
        return kind is null || subject is null || text is null ? null : new TemplateMessage(kind.Value, subject, text, mapping.Span);
    }
}
