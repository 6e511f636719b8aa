using System.Text;
using System.Text.Json;

namespace FormEngine.Workflows.Definitions;

/// <summary>
/// Where each value of a JSON document starts, by JSON pointer (<c>/root/activities/3/condition/expression/value</c>),
/// as a 1-based line and column, so that a workflow diagnostic can point at the exact value. Built once per file
/// with one pass of <see cref="Utf8JsonReader"/>; columns count characters (UTF-8 lead bytes), not bytes, so
/// "åäö" before a value moves it three columns, as an editor shows it.
/// </summary>
public sealed class JsonPositions
{
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];
    private readonly Dictionary<string, int> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
    private readonly List<(string Pointer, int Offset)> _duplicateNames = [];

    private JsonPositions(string json)
    {
        // A byte-order mark is invisible in an editor: columns on the first line start after it.
        _utf8 = Encoding.UTF8.GetBytes(json.Length > 0 && json[0] == '\uFEFF' ? json[1..] : json);
        for (var i = 0; i < _utf8.Length; i++)
            if (_utf8[i] == (byte)'\n') _lineStarts.Add(i + 1);
    }

    /// <summary>Maps every value it can read; a syntax error ends the map there (what came before keeps its positions).</summary>
    public static JsonPositions Build(string json)
    {
        var positions = new JsonPositions(json);
        try
        {
            new JsonPointerWalker(positions._values, positions._names, positions._duplicateNames).Walk(positions._utf8);
        }
        catch (JsonException)
        {
            // The reader reports the syntax error (FE2001); positions before it stay useful.
        }
        return positions;
    }

    /// <summary>Properties whose name was already used in the same object (the second and later), with where each is.</summary>
    public IReadOnlyList<(string Pointer, int Line, int Column)> DuplicateNames =>
        [.. _duplicateNames.Select(d =>
        {
            var (line, column) = LineAndColumn(d.Offset);
            return (d.Pointer, line, column);
        })];

    /// <summary>Where the value at <paramref name="pointer"/> starts (its quote, bracket or first digit); null when absent.</summary>
    public (int Line, int Column)? Find(string pointer) =>
        _values.TryGetValue(pointer, out var offset) ? LineAndColumn(offset) : null;

    /// <summary>Where the property name of <paramref name="pointer"/> starts (its opening quote); null for array items and absent properties.</summary>
    public (int Line, int Column)? FindName(string pointer) =>
        _names.TryGetValue(pointer, out var offset) ? LineAndColumn(offset) : null;

    /// <summary>
    /// The position of the character at <paramref name="index"/> (a .NET string index) in the decoded value of the
    /// JSON string at <paramref name="pointer"/>, walking over escapes such as <c>\u002B</c> and <c>\"</c>: the place
    /// inside a JavaScript or Liquid text where its parser found a problem. Null when the value is not a string.
    /// </summary>
    public (int Line, int Column)? FindInString(string pointer, int index)
    {
        if (!_values.TryGetValue(pointer, out var start) || _utf8[start] != (byte)'"') return null;
        var (line, column) = LineAndColumn(start);
        var i = start + 1;
        column++;
        var decoded = 0;
        // A JSON string holds no raw line break, so the whole value lies on one line.
        while (i < _utf8.Length && _utf8[i] != (byte)'"' && decoded < index)
        {
            var b = _utf8[i];
            if (b == (byte)'\\')
            {
                var length = i + 1 < _utf8.Length && _utf8[i + 1] == (byte)'u' ? 6 : 2;
                i += length;
                column += length;
                decoded++;
            }
            else
            {
                var length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                i += length;
                column++;
                decoded += length == 4 ? 2 : 1; // outside the Basic Multilingual Plane: a surrogate pair in .NET
            }
        }
        return (line, column);
    }

    /// <summary>The position a <see cref="JsonException"/> names (0-based line, byte in line), in characters.</summary>
    public (int Line, int Column) FindError(JsonException error)
    {
        var line = (int)Math.Clamp(error.LineNumber ?? 0, 0, _lineStarts.Count - 1);
        var offset = _lineStarts[line] + (int)Math.Max(0, error.BytePositionInLine ?? 0);
        return LineAndColumn(Math.Min(offset, _utf8.Length));
    }

    /// <summary>A pointer segment with <c>~</c> and <c>/</c> escaped (RFC 6901).</summary>
    public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

    private (int Line, int Column) LineAndColumn(int offset)
    {
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0) line = ~line - 1;
        var column = 1;
        for (var i = _lineStarts[line]; i < offset; i++)
            if ((_utf8[i] & 0xC0) != 0x80) column++;
        return (line + 1, column);
    }

    /// <summary>One forward pass that names every token by its pointer.</summary>
    private sealed class JsonPointerWalker(Dictionary<string, int> values, Dictionary<string, int> names, List<(string, int)> duplicates)
    {
        private sealed class Container(string pointer, bool isArray)
        {
            public string Pointer { get; } = pointer;
            public bool IsArray { get; } = isArray;
            public int NextIndex { get; set; }
            public string? PendingName { get; set; }
            public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);
        }

        private readonly Stack<Container> _open = new();

        public void Walk(byte[] utf8)
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
                MaxDepth = 256,
            });
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var parent = _open.Peek();
                        var name = reader.GetString() ?? "";
                        parent.PendingName = name;
                        var pointer = parent.Pointer + "/" + Escape(name);
                        if (!parent.Seen.Add(name)) duplicates.Add((pointer, start));
                        names.TryAdd(pointer, start);
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        var container = NextPointer();
                        values.TryAdd(container, start);
                        _open.Push(new Container(container, reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        _open.Pop();
                        break;
                    default:
                        values.TryAdd(NextPointer(), start);
                        break;
                }
            }
        }

        private string NextPointer()
        {
            if (_open.Count == 0) return "";
            var parent = _open.Peek();
            return parent.IsArray
                ? parent.Pointer + "/" + (parent.NextIndex++).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : parent.Pointer + "/" + Escape(parent.PendingName ?? "");
        }
    }
}
