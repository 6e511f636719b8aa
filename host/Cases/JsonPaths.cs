using System.Globalization;
using System.Text.Json.Nodes;

namespace FormEngine.Host.Cases;

/// <summary>Reads and writes answers at form paths such as <c>delivery.address</c> or <c>packages[1].count</c>.</summary>
public static class JsonPaths
{
    public static JsonNode? Get(JsonObject root, string path)
    {
        JsonNode? node = root;
        foreach (var (key, row) in Steps(path))
        {
            node = (node as JsonObject)?[key];
            if (row is { } i) node = node is JsonArray a && i < a.Count ? a[i] : null;
            if (node is null) return null;
        }
        return node;
    }

    /// <summary>Sets (or with null removes) the value at a path of groups; rows must exist already.</summary>
    public static void Set(JsonObject root, string path, JsonNode? value)
    {
        var steps = Steps(path);
        var target = root;
        for (var s = 0; s < steps.Count - 1; s++)
        {
            var (key, row) = steps[s];
            JsonNode? next = target[key];
            if (row is { } i) next = next is JsonArray a && i < a.Count ? a[i] : null;
            else if (next is null) target[key] = next = new JsonObject();
            if (next is not JsonObject o) return;
            target = o;
        }
        var last = steps[^1].Key;
        if (value is null) target.Remove(last);
        else target[last] = value;
    }

    /// <summary>Removes the row a path like <c>packages[1]</c> names; false when there is none.</summary>
    public static bool RemoveRow(JsonObject root, string rowPath)
    {
        var open = rowPath.LastIndexOf('[');
        if (open <= 0 || !rowPath.EndsWith(']') ||
            !int.TryParse(rowPath.AsSpan(open + 1, rowPath.Length - open - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            return false;
        if (Get(root, rowPath[..open]) is not JsonArray rows || index >= rows.Count) return false;
        rows.RemoveAt(index);
        return true;
    }

    private static List<(string Key, int? Row)> Steps(string path)
    {
        var steps = new List<(string, int?)>();
        foreach (var part in path.Split('.'))
        {
            var open = part.IndexOf('[');
            if (open < 0) { steps.Add((part, null)); continue; }
            var row = int.TryParse(part.AsSpan(open + 1, part.Length - open - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : int.MaxValue;
            steps.Add((part[..open], row));
        }
        return steps;
    }
}
