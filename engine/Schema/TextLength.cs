using System.Globalization;

namespace FormEngine.Schema;

/// <summary>
/// String length as JSON Schema counts it (user-perceived characters). Plain text takes a fast path; only
/// text with combining marks, emoji, surrogates or CR needs the grapheme scan.
/// </summary>
internal static class TextLength
{
    public static int Of(string text)
    {
        foreach (var c in text)
            if (c is < ' ' and not '\n' and not '\t' || c >= '\u0300')
                return new StringInfo(text).LengthInTextElements;
        return text.Length;
    }
}
