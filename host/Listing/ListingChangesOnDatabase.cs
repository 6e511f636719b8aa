using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Host.Identity;
using FormEngine.Persistence.Portal;
using FormEngine.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Listing;

/// <summary>
/// The vårdval workflow's step (<c>FormEngine.RegisterListing</c>) on the host: reads the case's submission and
/// registers the choice in <see cref="IListingRegister"/>. The form was validated at intake, but the register
/// checks again what may have changed since (the catalogue, skyddad identitet) and refuses with a reason.
/// </summary>
public sealed class ListingChangesOnDatabase(
    IDbContextFactory<PortalDbContext> contexts, DefinitionLibrary library, IListingRegister register, TimeProvider clock) : IListingChanges
{
    public const string NotChoosable = "Den vårdcentral du valde går inte att välja via e-tjänsterna.";
    public const string NotOnTheWeb = "Du kan inte byta vårdcentral via e-tjänsterna. Kontakta vårdcentralen du vill lista dig på.";
    public const string NoRequest = "Ärendet innehåller inget val av vårdcentral.";

    public async ValueTask<ListingChange> RegisterAsync(string caseId, ListingRequestFields fields, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await (
            from c in db.Cases.AsNoTracking()
            where c.Id == caseId
            join r in db.Residents.AsNoTracking() on c.ResidentPersonnummer equals r.Personnummer
            select new { c.ResidentPersonnummer, r.RegionKey, r.ProtectedIdentity }).FirstOrDefaultAsync(cancellationToken);
        var answers = await db.Submissions.AsNoTracking()
            .Where(s => s.CaseId == caseId && s.MessageId == null).Select(s => s.Answers).FirstOrDefaultAsync(cancellationToken);
        if (found is null || answers is null || JsonNode.Parse(answers) is not JsonObject data) return new ListingChange.Refused(NoRequest);

        var catalog = library.Catalog;
        if (VardvalRules.IsHiddenFor(catalog.FindRegion(found.RegionKey), found.ProtectedIdentity))
            return new ListingChange.Refused(NotOnTheWeb);
        if (StringAt(data, fields.Clinic) is not { } clinicKey || catalog.FindClinic(clinicKey) is not { } clinic
            || !VardvalRules.IsChoosable(catalog, clinicKey, found.ProtectedIdentity))
            return new ListingChange.Refused(NotChoosable);
        if (StringAt(data, fields.EffectiveFrom) is not { } text
            || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var requested))
            return new ListingChange.Refused(NoRequest);

        // A case sent late in the evening may reach this step the next day: a start date that has passed means today.
        var today = SwedishTime.Today(clock);
        var effectiveFrom = requested < today ? today : requested;
        var entry = await register.RegisterAsync(found.ResidentPersonnummer, clinic, effectiveFrom, today, caseId, cancellationToken);
        var registered = catalog.FindClinic(entry.ClinicKey) ?? clinic;
        return new ListingChange.Registered(registered.Key, registered.Name, entry.EffectiveFrom);
    }

    private static string? StringAt(JsonObject data, string path) =>
        JsonPaths.Get(data, path) is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
