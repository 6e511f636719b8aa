using System.Security.Cryptography;

namespace FormEngine.Host.Cases;

/// <summary>
/// Case references residents read out on the phone, e.g. "FE-4K7Q-2M9D": eight characters from an alphabet
/// without look-alikes (no 0/O, 1/I/L, U/V), random so that a reference reveals nothing about other cases.
/// 29^8 ≈ 5e11 values; the unique index catches the rare collision and intake draws again.
/// </summary>
public static class CaseReferences
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTWXYZ";

    public static string New()
    {
        Span<char> chars = stackalloc char[8];
        for (var i = 0; i < chars.Length; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return $"FE-{chars[..4]}-{chars[4..]}";
    }

    /// <summary>Whether <paramref name="text"/> has the shape of a reference (for search boxes, not for security).</summary>
    public static bool IsWellFormed(string? text) =>
        text is { Length: 12 } && text.StartsWith("FE-", StringComparison.Ordinal) && text[7] == '-' &&
        text.Where((c, i) => i is not (0 or 1 or 2 or 7)).All(c => Alphabet.Contains(c));
}
