using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FormEngine.Catalog;
using FormEngine.Definitions;
using FormEngine.Forms;
using FormEngine.Host.Definitions;
using FormEngine.Persistence.Portal;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases;

/// <summary>A clinic on "Mina mottagningar", with why it is there.</summary>
public sealed record MyClinic(Clinic Clinic, bool HasCases, bool IsListedVardcentral);

/// <summary>
/// "Mina mottagningar" and the clinic search. The resident's vårdcentral is where the listing register says they
/// are listed today (vårdval, host/Listing); for a resident the register does not know, a stand-in: one vårdcentral
/// of their home region, picked by a hash of the personnummer so it stays the same (the demo listings use it too).
/// </summary>
public sealed class ResidentClinics(DefinitionLibrary library, ResidentInbox inbox, IDbContextFactory<PortalDbContext> contexts,
    Listing.IListingRegister listings, TimeProvider clock)
{
    private static readonly CompareInfo Swedish = CultureInfo.GetCultureInfo("sv-SE").CompareInfo;

    public async Task<IReadOnlyList<MyClinic>> MineAsync(string personnummer, CancellationToken cancellationToken = default)
    {
        var catalog = library.Catalog;
        var withCases = (await inbox.ClinicsAsync(personnummer, cancellationToken)).Select(catalog.FindClinic).OfType<Clinic>().ToList();
        var listed = await ListedVardcentralAsync(personnummer, cancellationToken);
        var result = withCases.Select(c => new MyClinic(c, true, c.Key == listed?.Key)).ToList();
        if (listed is not null && result.All(c => c.Clinic.Key != listed.Key)) result.Insert(0, new MyClinic(listed, false, true));
        return result;
    }

    /// <summary>Clinics whose name or kommun contains every word of <paramref name="query"/> (case and accent as Swedish readers expect).</summary>
    public IReadOnlyList<Clinic> Search(string? query)
    {
        var words = (query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0) return [];
        return [.. library.Catalog.Clinics
            .Where(c => words.All(w => Contains(c.Name, w) || Contains(c.Municipality, w)))
            .OrderBy(c => c.Name, StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: true))];
    }

    /// <summary>
    /// The e-services a resident can start at the clinic: its catalogue offers to this resident (an offer may be
    /// for named residents only, begränsat urval) whose current form is resident-initiated (staff-initiated
    /// templates are sent by staff only), by Swedish title. The clinic page and the API list the same ones, and the
    /// API's form context is only given for these. Eligibility (an age limit) is the form's and asked separately.
    /// </summary>
    public static IReadOnlyList<CompiledForm> OfferedForms(DefinitionLibrary library, Clinic clinic, string personnummer) =>
        [.. clinic.Offers.Where(o => o.IsOfferedTo(personnummer)).Select(o => library.Current(o.EService))
            .OfType<CompiledForm>()
            .Where(f => f.Definition.Flow == FlowType.ResidentInitiated)
            .OrderBy(f => f.Title.In(LocalizedText.DefaultLanguage), StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: true))];

    private static bool Contains(string text, string word) => Swedish.IndexOf(text, word, CompareOptions.IgnoreCase) >= 0;

    private async Task<Clinic?> ListedVardcentralAsync(string personnummer, CancellationToken cancellationToken)
    {
        var listed = (await listings.StatusAsync(personnummer, Identity.SwedishTime.Today(clock), cancellationToken)).Current;
        if (listed is not null && library.Catalog.FindClinic(listed.ClinicKey) is { } clinic) return clinic;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var regionKey = await db.Residents.AsNoTracking().Where(r => r.Personnummer == personnummer).Select(r => r.RegionKey).FirstOrDefaultAsync(cancellationToken);
        var region = regionKey is null ? library.Catalog.Regions.FirstOrDefault() : library.Catalog.FindRegion(regionKey);
        return StandInVardcentral(region, personnummer);
    }

    /// <summary>The stand-in vårdcentral of a resident the listing register does not know.</summary>
    public static Clinic? StandInVardcentral(Region? region, string personnummer)
    {
        var vardcentraler = region?.Clinics.Where(c => c.Kind == ClinicKind.Vardcentral).ToList() ?? [];
        if (vardcentraler.Count == 0) return null;
        return vardcentraler[SHA256.HashData(Encoding.UTF8.GetBytes(personnummer))[0] % vardcentraler.Count];
    }
}
