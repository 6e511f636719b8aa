namespace FormEngine.Submissions;

/// <summary>
/// Media types as residents know them, for messages such as "Filen måste vara av typen JPEG, PNG eller HEIC.":
/// nobody recognises <c>image/jpeg</c>, everybody recognises JPEG.
/// </summary>
public static class MediaTypeNames
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/jpeg"] = "JPEG",
        ["image/jpg"] = "JPEG",
        ["image/png"] = "PNG",
        ["image/heic"] = "HEIC",
        ["image/heif"] = "HEIF",
        ["image/gif"] = "GIF",
        ["image/webp"] = "WebP",
        ["image/tiff"] = "TIFF",
        ["application/pdf"] = "PDF",
        ["text/plain"] = "TXT",
        ["application/msword"] = "Word",
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = "Word",
        ["application/vnd.oasis.opendocument.text"] = "ODT",
    };

    /// <summary>One name per kind, in the author's order, joined the way the language lists things: "A, B eller C".</summary>
    public static string List(IEnumerable<string> mediaTypes, string language)
    {
        var en = language == "en";
        var names = mediaTypes.Select(t => Name(t, en)).Distinct(StringComparer.Ordinal).ToList();
        return names.Count < 2 ? names.FirstOrDefault() ?? "" : $"{string.Join(", ", names[..^1])} {(en ? "or" : "eller")} {names[^1]}";
    }

    private static string Name(string mediaType, bool en)
    {
        if (Known.TryGetValue(mediaType, out var name)) return name;
        var slash = mediaType.IndexOf('/');
        var (kind, subtype) = slash < 0 ? (mediaType, "") : (mediaType[..slash], mediaType[(slash + 1)..]);
        if (subtype == "*")
            return kind.ToLowerInvariant() switch
            {
                "image" => en ? "image" : "bild",
                "video" => en ? "video" : "film",
                "audio" => en ? "audio" : "ljud",
                _ => kind,
            };
        // image/svg+xml, application/vnd.foo and application/x-foo are known to their users as SVG, FOO and FOO.
        var last = subtype.Split('+')[0].Split('.')[^1];
        if (last.StartsWith("x-", StringComparison.OrdinalIgnoreCase)) last = last[2..];
        return last.Length == 0 ? mediaType : last.ToUpperInvariant();
    }
}
