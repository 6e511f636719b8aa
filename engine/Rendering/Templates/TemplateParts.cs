using System.Text;

namespace FormEngine.Rendering.Templates;

/// <summary>One piece of a pre-rendered template: fixed HTML, or a hole to fill per request.</summary>
internal readonly record struct Part(string? Html, Slot Slot, int Option)
{
    public bool IsHole => Html is null;

    public static Part Fixed(string html) => new(html, default, -1);

    public static Part Hole(Slot slot, int option) => new(null, slot, option);
}

/// <summary>
/// A field template rendered once for a form and language, cut into fixed HTML and holes. Holes whose value is
/// already known for the field (the id and name of a field outside repeats, a constant read-only flag) are filled
/// in while cutting, so a typical input costs a handful of appends per request.
/// </summary>
internal sealed class TemplateParts
{
    private TemplateParts(Part[] parts) => Parts = parts;

    public Part[] Parts { get; }

    public static readonly TemplateParts Empty = new([]);

    /// <param name="known">Values for holes that do not change per request (already escaped).</param>
    public static TemplateParts Cut(string rendered, IReadOnlyDictionary<Slot, string> known)
    {
        var parts = new List<Part>();
        var text = new StringBuilder();
        var rest = rendered.AsSpan();
        while (!rest.IsEmpty)
        {
            var at = rest.IndexOf(Sentinel.Open);
            if (at < 0)
            {
                text.Append(rest);
                break;
            }
            text.Append(rest[..at]);
            var length = Sentinel.TryRead(rest[at..], out var slot, out var option);
            if (length < 0)
            {
                rest = rest[(at + 1)..]; // a stray marker character: drop it
                continue;
            }
            if (option < 0 && known.TryGetValue(slot, out var value)) text.Append(value);
            else
            {
                if (text.Length > 0) parts.Add(Part.Fixed(Tidy(text)));
                text.Clear();
                parts.Add(Part.Hole(slot, option));
            }
            rest = rest[(at + length)..];
        }
        if (text.Length > 0) parts.Add(Part.Fixed(Tidy(text)));
        return new TemplateParts([.. parts]);
    }

    /// <summary>
    /// Drops the blank lines a template leaves where an empty value stood on its own line (no hint, no error).
    /// Fixed text never holds answers, and whitespace between elements means nothing to HTML.
    /// </summary>
    private static string Tidy(StringBuilder text)
    {
        var result = text.ToString();
        while (result.Contains("\n\n", StringComparison.Ordinal)) result = result.Replace("\n\n", "\n", StringComparison.Ordinal);
        return result;
    }

    /// <summary>For tests and docs: the parts with holes written as <c>{{slot}}</c>.</summary>
    public override string ToString() => string.Concat(Parts.Select(p =>
        p.IsHole ? $"{{{{{Slots.NameOf(p.Slot)}{(p.Option >= 0 ? $"[{p.Option}]" : "")}}}}}" : p.Html));
}
