using System.Text.Json.Nodes;

namespace FormEngine.Host.Cases;

/// <summary>
/// The attachments an answer document refers to: file fields hold arrays of <c>{id, name, size, content_type}</c>
/// (form-language.md), wherever they sit (groups, repeat rows).
/// </summary>
public static class AttachmentReferences
{
    public static IReadOnlyList<string> In(JsonNode? node)
    {
        var ids = new List<string>();
        Collect(node, ids);
        return ids;
    }

    private static void Collect(JsonNode? node, List<string> ids)
    {
        switch (node)
        {
            case JsonObject o when o.ContainsKey("content_type") && o["id"] is JsonValue id && id.TryGetValue<string>(out var text):
                ids.Add(text);
                break;
            case JsonObject o:
                foreach (var (_, child) in o) Collect(child, ids);
                break;
            case JsonArray a:
                foreach (var child in a) Collect(child, ids);
                break;
        }
    }
}
