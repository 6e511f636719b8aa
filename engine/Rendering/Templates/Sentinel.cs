using System.Globalization;

namespace FormEngine.Rendering.Templates;

/// <summary>
/// Marks a per-request hole in a template's output: <c>\u0001slot:option\u0002</c>. Templates are rendered once with
/// these in place of every <c>{{ slot.* }}</c>; the output is then cut at the markers. The escaper drops both
/// control characters from author texts, so only the renderer can put a marker into the output.
/// </summary>
internal static class Sentinel
{
    public const char Open = '\u0001';
    public const char Close = '\u0002';

    public static string For(Slot slot, int option = -1) =>
        string.Create(CultureInfo.InvariantCulture, $"{Open}{(int)slot}:{option}{Close}");

    /// <summary>Reads the marker that starts at <paramref name="text"/>[0]; returns its length or -1 if it is none.</summary>
    public static int TryRead(ReadOnlySpan<char> text, out Slot slot, out int option)
    {
        slot = default;
        option = -1;
        var close = text.IndexOf(Close);
        if (text.Length == 0 || text[0] != Open || close < 0) return -1;
        var body = text[1..close];
        var colon = body.IndexOf(':');
        if (colon < 0
            || !int.TryParse(body[..colon], NumberStyles.Integer, CultureInfo.InvariantCulture, out var s)
            || !int.TryParse(body[(colon + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out option)
            || !Enum.IsDefined((Slot)s))
            return -1;
        slot = (Slot)s;
        return close + 1;
    }
}
