using System.Text.Json.Nodes;

namespace FormEngine.Submissions;

/// <summary>
/// JSON with a property given twice (<c>{"a":1,"a":2}</c>) parses, but System.Text.Json's objects throw when
/// first read. Such a submission is refused as a whole instead of crashing the pipeline.
/// </summary>
internal static class DuplicateProperties
{
    public static bool In(JsonNode? node)
    {
        try
        {
            return Walk(node);
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    private static bool Walk(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Any(p => Walk(p.Value)),
        JsonArray array => array.Any(Walk),
        _ => false,
    };
}
