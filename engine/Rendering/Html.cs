using System.Buffers;
using System.Text;

namespace FormEngine.Rendering;

/// <summary>
/// HTML escaping and the id scheme. The escaper encodes the five characters that matter in element content and
/// in quoted attribute values (<c>&amp; &lt; &gt; " '</c>) and nothing else, so Swedish letters stay readable
/// (WebUtility.HtmlEncode would turn å into &amp;#229;). Every author text and every answer goes through it.
/// </summary>
internal static class Html
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'\u0001\u0002");

    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (text.AsSpan().IndexOfAny(Special) < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        Append(builder, text);
        return builder.ToString();
    }

    /// <summary>
    /// Appends <paramref name="text"/> escaped. The template sentinels \u0001 and \u0002 are dropped, so an
    /// author text can never forge a hole in a pre-rendered template.
    /// </summary>
    public static void Append(StringBuilder builder, string? text)
    {
        if (string.IsNullOrEmpty(text)) return;
        var rest = text.AsSpan();
        while (true)
        {
            var at = rest.IndexOfAny(Special);
            if (at < 0)
            {
                builder.Append(rest);
                return;
            }
            builder.Append(rest[..at]);
            builder.Append(rest[at] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => "",
            });
            rest = rest[(at + 1)..];
        }
    }

    /// <summary>Paragraphs from blank lines and line breaks from single newlines, everything escaped.</summary>
    public static string Paragraphs(string text, string cssClass)
    {
        var builder = new StringBuilder();
        foreach (var paragraph in text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            builder.Append("<p class=\"").Append(cssClass).Append("\">");
            AppendLines(builder, paragraph);
            builder.Append("</p>");
        }
        return builder.ToString();
    }

    /// <summary>Escaped text with each newline shown as a line break (a textarea answer on the summary page).</summary>
    public static void AppendLines(StringBuilder builder, string text)
    {
        var first = true;
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (!first) builder.Append("<br>");
            Append(builder, line);
            first = false;
        }
    }

    /// <summary>
    /// The element id of an answer path: <c>delivery.address</c> → <c>fe-delivery-address</c>,
    /// <c>packages[0].count</c> → <c>fe-packages-0-count</c>. Keys are identifiers, so ids never collide.
    /// </summary>
    public static string IdOf(string path)
    {
        return string.Create(path.Length + 3 - Count(path, ']'), path, static (span, p) =>
        {
            "fe-".AsSpan().CopyTo(span);
            var i = 3;
            foreach (var c in p)
            {
                if (c == ']') continue;
                span[i++] = c is '.' or '[' ? '-' : c;
            }
        });
    }

    private static int Count(string text, char c)
    {
        var n = 0;
        foreach (var x in text)
            if (x == c) n++;
        return n;
    }
}
