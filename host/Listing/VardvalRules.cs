using FormEngine.Catalog;
using FormEngine.Definitions;
using FormEngine.Submissions;

namespace FormEngine.Host.Listing;

/// <summary>
/// Who may see and change a listing on the web, and which vårdcentraler can be chosen: the catalogue's regions
/// with a <c>vardval:</c> block, each region's setting for skyddad identitet (docs/vardval.md).
/// </summary>
public static class VardvalRules
{
    /// <summary>The external list of the vårdval form.</summary>
    public const string ChoicesList = "vardcentraler";

    /// <summary>
    /// Whether vårdval is hidden for this resident: their home region hides it for skyddad identitet, or their
    /// region takes no part in vårdval at all.
    /// </summary>
    public static bool IsHiddenFor(Region? homeRegion, bool protectedIdentity) =>
        homeRegion?.Vardval is not { } settings || (protectedIdentity && settings.HiddenForProtectedIdentity);

    /// <summary>
    /// Every vårdcentral of a vårdval region, labelled with its kommun and region. A resident with skyddad identitet
    /// is not offered regions that hide vårdval for them (the listing would be handled outside the web there).
    /// </summary>
    public static IReadOnlyList<ExternalChoice> Choices(ClinicCatalog catalog, bool protectedIdentity) =>
        [.. ChoosableClinics(catalog, protectedIdentity).Select(c => new ExternalChoice(c.Key, Label(c, catalog.RegionOf(c)!)))];

    public static IEnumerable<Clinic> ChoosableClinics(ClinicCatalog catalog, bool protectedIdentity) =>
        catalog.Regions
            .Where(r => r.Vardval is { } settings && !(protectedIdentity && settings.HiddenForProtectedIdentity))
            .SelectMany(r => r.Clinics.Where(c => c.Kind == ClinicKind.Vardcentral));

    public static bool IsChoosable(ClinicCatalog catalog, string clinicKey, bool protectedIdentity) =>
        ChoosableClinics(catalog, protectedIdentity).Any(c => c.Key == clinicKey);

    // Names are proper nouns: the same label serves every language.
    private static LocalizedText Label(Clinic clinic, Region region) =>
        LocalizedText.Swedish($"{clinic.Name}, {clinic.Municipality} ({region.Name})");
}
