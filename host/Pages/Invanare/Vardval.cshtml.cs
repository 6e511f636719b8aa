using System.Globalization;
using FormEngine.Catalog;
using FormEngine.Host.Definitions;
using FormEngine.Host.Listing;
using FormEngine.Host.Ombud;

namespace FormEngine.Host.Pages.Invanare;

/// <summary>
/// Vårdval: where the resident (or the child a guardian acts for) is listed and since when, a change that has not
/// taken effect yet, and the way to choose another vårdcentral; hidden, with the reason, where the region hides
/// vårdval for skyddad identitet. The listing is the resident's own information, not health data: no access log.
/// </summary>
public sealed class VardvalModel(ListingOverview overview, DefinitionLibrary library) : ResidentPageModel
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public VardvalView View { get; private set; } = VardvalView.NotShown;

    /// <summary>The child's name while acting as ombud, for the heading.</summary>
    public string? RepresentedName => User.RepresentedChildName();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        View = await overview.ForAsync(Personnummer, cancellationToken);

    /// <summary>The vårdval form, started at the entry vårdcentral (docs/vardval.md); null when no clinic offers it.</summary>
    public string? ChangeUrl => View.EntryClinic is { } clinic && library.Current(VardvalSettings.EService) is not null
        ? ResidentUrls.NewForm(clinic.Key, VardvalSettings.EService)
        : null;

    public string RegionName(Clinic clinic) => library.Catalog.RegionOf(clinic)?.Name ?? clinic.RegionKey;

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Swedish);
}
