namespace FormEngine.Diagnostics;

/// <summary>Suggests the closest known name for a misspelled one (Levenshtein distance).</summary>
public static class DidYouMean
{
    /// <returns>" Did you mean 'x'?" or an empty string when nothing is close.</returns>
    public static string Suggest(string given, IEnumerable<string> known)
    {
        var best = Closest(given, known);
        return best is null ? "" : $" Did you mean '{best}'?";
    }

    public static string? Closest(string given, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Distance(given.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        var allowed = Math.Max(1, Math.Min(3, given.Length / 3));
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Edit distance where swapping two neighbouring letters ("lable") counts as one edit.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
