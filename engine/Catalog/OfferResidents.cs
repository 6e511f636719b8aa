using FormEngine.Definitions;
using FormEngine.Definitions.Yaml;
using FormEngine.Diagnostics;
using FormEngine.Identity;

namespace FormEngine.Catalog;

/// <summary>
/// An offer's <c>residents:</c> (begränsat urval): the personnummer of the only residents it is for. Each must be
/// written with all twelve digits (a catalogue outlives the century a short form would be read in) and be a
/// real personnummer; a samordningsnummer cannot log in as a resident, so it could never use the offer.
/// </summary>
internal static class OfferResidents
{
    /// <returns>The twelve-digit numbers, or null when the offer is for everyone.</returns>
    public static IReadOnlySet<string>? Read(MappingReader offer)
    {
        var items = offer.Sequence("residents");
        if (items is null) return null;
        var residents = new HashSet<string>(StringComparer.Ordinal);
        if (items.Count == 0)
            offer.Diagnostics.Report(DiagnosticCodes.EmptyContainer, offer.SpanOf("residents"),
                "'residents' is empty, so nobody could use the offer: name residents or remove 'residents' to offer it to everyone.");
        foreach (var item in items)
        {
            if (item is YamlScalar { IsNull: false } scalar && Parse(scalar.Value) is { } number) residents.Add(number);
            else offer.Diagnostics.Report(DiagnosticCodes.InvalidOfferResident, item.Span,
                $"{(item is YamlScalar s ? $"'{s.Value}'" : "This")} is not a personnummer of a resident: write the twelve digits in quotes, e.g. \"191212121212\".");
        }
        return residents;
    }

    private static string? Parse(string text)
    {
        var digits = text.Replace("-", "", StringComparison.Ordinal).Trim();
        // The century is written out, so the reference day only matters for the short forms, which are refused.
        return digits.Length == 12 && Personnummer.TryParse(digits, DateOnly.MaxValue, out var number) && !number.IsSamordningsnummer
            ? number.TwelveDigits
            : null;
    }
}
