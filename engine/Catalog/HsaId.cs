using System.Text.RegularExpressions;

namespace FormEngine.Catalog;

/// <summary>
/// The shape of an HSA-id: "SE", the care provider's ten-digit organisation number, '-' and a unit part of
/// capital letters and digits, at most 31 characters in all (e.g. <c>SE2321000065-E000000000101</c>).
/// </summary>
public static partial class HsaId
{
    public static bool IsValid(string value) => Pattern().IsMatch(value);

    [GeneratedRegex("^SE[0-9]{10}-[A-Z0-9]{1,18}$")]
    private static partial Regex Pattern();
}
