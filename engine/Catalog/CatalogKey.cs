using System.Text.RegularExpressions;
using FormEngine.Definitions.Yaml;
using FormEngine.Diagnostics;

namespace FormEngine.Catalog;

/// <summary>Region, clinic, queue and standard reply keys: the same shape as form keys, since they end up in URLs and case data.</summary>
internal static partial class CatalogKey
{
    public static bool Check(YamlScalar key, DiagnosticBag diagnostics, string what)
    {
        if (Pattern().IsMatch(key.Value)) return true;
        diagnostics.Report(DiagnosticCodes.InvalidKey, key.Span,
            $"{what} '{key.Value}' must be lowercase letters, digits and '-', starting with a letter.");
        return false;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex Pattern();
}
