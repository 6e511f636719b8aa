namespace FormEngine.Forms.Compilation;

/// <summary>
/// Finds regular-expression syntax that .NET accepts but JavaScript (the dialect of JSON Schema's
/// <c>pattern</c>) does not, so a published schema means the same in every validator.
/// </summary>
internal static class PatternDialect
{
    private static readonly string[] GroupConstructs = ["(?>", "(?#", "(?i", "(?m", "(?s", "(?x", "(?n", "(?-"];
    private static readonly char[] Anchors = ['A', 'Z', 'z', 'G'];

    /// <returns>The first .NET-only construct, or null when the pattern is portable.</returns>
    public static string? DotNetOnly(string pattern)
    {
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                if (!inClass && Anchors.Contains(pattern[i + 1])) return pattern.Substring(i, 2);
                i++;
                continue;
            }
            if (inClass)
            {
                if (c == '-' && i + 1 < pattern.Length && pattern[i + 1] == '[') return "-[";
                if (c == ']') inClass = false;
                continue;
            }
            if (c == '[') inClass = true;
            else if (c == '(' && GroupConstructs.FirstOrDefault(g => string.CompareOrdinal(pattern, i, g, 0, g.Length) == 0) is { } group)
                return group;
        }
        return null;
    }
}
