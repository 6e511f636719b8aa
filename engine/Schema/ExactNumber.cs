using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FormEngine.Schema;

/// <summary>
/// A JSON number by its mathematical value, as JSON Schema compares numbers: 1e400 is an integer above every
/// maximum, and 2.5000000000000000000000000000001 is more than 2.5 although decimal would round it to 2.5.
/// Answers are almost always short enough for decimal to hold exactly, which is the allocation-free fast path;
/// anything longer is compared digit by digit.
/// </summary>
internal readonly struct ExactNumber
{
    /// <summary>Longest JSON text without an exponent that decimal always holds exactly (28 digits).</summary>
    private const int ExactDecimalLength = 28;
    private const long ExponentLimit = 1_000_000_000_000;

    // The value is ±0.Digits × 10^Point; Digits has no leading or trailing zeros and is empty for zero.
    private readonly string _digits;
    private readonly long _point;
    private readonly bool _negative;

    private ExactNumber(string digits, long point, bool negative) =>
        (_digits, _point, _negative) = digits.Length == 0 ? ("", 0, false) : (digits, point, negative);

    private int Sign => _digits.Length == 0 ? 0 : _negative ? -1 : 1;

    /// <summary>The node is a JSON number; -1, 0 or 1 as it is below, equal to or above <paramref name="limit"/>.</summary>
    public static int Compare(JsonNode number, decimal limit) =>
        TryGetExactDecimal(number, out var value) ? value.CompareTo(limit) : Parse(number).CompareTo(Of(limit));

    /// <summary>Whether the number has no fractional part (JSON Schema's <c>integer</c>, so 2.0 is one).</summary>
    public static bool IsInteger(JsonNode number)
    {
        if (TryGetExactDecimal(number, out var value)) return decimal.Truncate(value) == value;
        var exact = Parse(number);
        return exact._digits.Length <= exact._point;
    }

    /// <summary>The value as a decimal when that is exact; false for values decimal would round or cannot hold.</summary>
    public static bool TryGetExactDecimal(JsonNode number, out decimal value)
    {
        value = 0;
        if (number is not JsonValue v) return false;
        if (v.TryGetValue<JsonElement>(out var element))
        {
            var raw = JsonMarshal.GetRawUtf8Value(element);
            return raw.Length <= ExactDecimalLength && !raw.ContainsAny((byte)'e', (byte)'E') && element.TryGetDecimal(out value);
        }
        if (v.TryGetValue(out value)) return true;
        if (v.TryGetValue<long>(out var l)) { value = l; return true; }
        if (v.TryGetValue<int>(out var i)) { value = i; return true; }
        return false;
    }

    private int CompareTo(ExactNumber other)
    {
        if (Sign != other.Sign) return Sign.CompareTo(other.Sign);
        if (Sign == 0) return 0;
        var magnitude = _point != other._point
            ? _point.CompareTo(other._point)
            : Math.Sign(string.CompareOrdinal(_digits, other._digits)); // a prefix is smaller: the rest is not all zeros
        return Sign * magnitude;
    }

    private static ExactNumber Of(decimal value) => Parse(value.ToString(CultureInfo.InvariantCulture));

    private static ExactNumber Parse(JsonNode number) => Parse(number.ToJsonString());

    /// <summary>Reads JSON number text: -?int(.frac)?([eE][+-]?digits)?.</summary>
    private static ExactNumber Parse(string text)
    {
        var digits = new StringBuilder();
        long point = 0;
        var i = 0;
        var negative = text.Length > 0 && text[0] == '-';
        if (negative) i++;
        var fraction = false;
        for (; i < text.Length && text[i] is not ('e' or 'E'); i++)
        {
            var c = text[i];
            if (c == '.') fraction = true;
            else if (c == '0' && digits.Length == 0) { if (fraction) point--; }
            else
            {
                digits.Append(c);
                if (!fraction) point++;
            }
        }
        if (i < text.Length) point += Exponent(text.AsSpan(i + 1));
        var significant = digits.ToString().TrimEnd('0');
        return new ExactNumber(significant, point, negative);
    }

    /// <summary>Saturates far beyond any decimal so that absurd exponents still compare correctly.</summary>
    private static long Exponent(ReadOnlySpan<char> text)
    {
        var negative = text.Length > 0 && text[0] == '-';
        if (text.Length > 0 && text[0] is '-' or '+') text = text[1..];
        long exponent = 0;
        foreach (var c in text) exponent = Math.Min(exponent * 10 + (c - '0'), ExponentLimit);
        return negative ? -exponent : exponent;
    }
}
