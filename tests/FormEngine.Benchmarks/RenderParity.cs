using System.Text.RegularExpressions;

namespace FormEngine.Benchmarks;

/// <summary>Guards the comparison: the pages being timed must carry the same controls and accessibility wiring.</summary>
internal static partial class RenderParity
{
    private static readonly string[] Markers =
        ["<input", "<textarea", "<label", "<fieldset", "<legend", " checked", "aria-describedby=", "autocomplete=", "fe-hint", "id=\"fe-"];

    public static void Check(string ours, string theirs, string name)
    {
        foreach (var marker in Markers)
        {
            var (a, b) = (Count(ours, marker), Count(theirs, marker));
            if (a != b) throw new InvalidOperationException($"The {name} page differs from FormRenderer's: {b} × '{marker}' against {a}.");
        }
        if (Text(ours) != Text(theirs))
        {
            var folder = Directory.CreateTempSubdirectory("render-parity").FullName;
            File.WriteAllText(Path.Combine(folder, "ours.html"), ours);
            File.WriteAllText(Path.Combine(folder, "theirs.html"), theirs);
            throw new InvalidOperationException($"The {name} page's text differs from FormRenderer's; both are in {folder}.");
        }
    }

    private static int Count(string html, string marker) => Regex.Count(html, Regex.Escape(marker));

    /// <summary>The markup with entities decoded (Scriban writes å as &amp;#229;) and whitespace ignored.</summary>
    private static string Text(string html) => Whitespace().Replace(System.Net.WebUtility.HtmlDecode(html), "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
