using FormEngine.Catalog;
using FormEngine.Host.Definitions;
using FormEngine.Host.Identity;
using FormEngine.Persistence.Portal;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Listing;

/// <summary>Why a resident does not see their listing on the web.</summary>
public enum VardvalHidden
{
    No,
    /// <summary>Skyddad identitet, and the home region's setting hides vårdval for it.</summary>
    ProtectedIdentity,
    /// <summary>The home region takes no part in vårdval through FormEngine.</summary>
    NotInRegion,
}

/// <summary>What /vardval shows: the listing today and since when, a pending change, and where a change starts.</summary>
/// <param name="EntryClinic">The vårdcentral whose vårdval e-service a change is sent through (docs/vardval.md); null when none offers it.</param>
public sealed record VardvalView(
    VardvalHidden Hidden,
    Clinic? Current,
    DateOnly? CurrentSince,
    Clinic? Pending,
    DateOnly? PendingFrom,
    Clinic? EntryClinic)
{
    public static readonly VardvalView NotShown = new(VardvalHidden.NotInRegion, null, null, null, null, null);
}

/// <summary>Builds <see cref="VardvalView"/> for a resident (or the child a guardian acts for) from the register and the catalogue.</summary>
public sealed class ListingOverview(IDbContextFactory<PortalDbContext> contexts, DefinitionLibrary library, IListingRegister register, TimeProvider clock)
{
    public async Task<VardvalView> ForAsync(string personnummer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var resident = await db.Residents.AsNoTracking().Where(r => r.Personnummer == personnummer)
            .Select(r => new { r.RegionKey, r.ProtectedIdentity }).FirstOrDefaultAsync(cancellationToken);
        var catalog = library.Catalog;
        var home = resident is null ? null : catalog.FindRegion(resident.RegionKey);
        var protectedIdentity = resident?.ProtectedIdentity ?? false;
        if (VardvalRules.IsHiddenFor(home, protectedIdentity))
            // Nothing about the listing is read for a hidden resident: not even that there is one.
            return VardvalView.NotShown with { Hidden = home?.Vardval is null ? VardvalHidden.NotInRegion : VardvalHidden.ProtectedIdentity };

        var status = await register.StatusAsync(personnummer, SwedishTime.Today(clock), cancellationToken);
        var current = status.Current is { } c ? catalog.FindClinic(c.ClinicKey) : null;
        var pending = status.Pending is { } p ? catalog.FindClinic(p.ClinicKey) : null;
        return new VardvalView(VardvalHidden.No, current, status.Current?.EffectiveFrom, pending, status.Pending?.EffectiveFrom,
            EntryClinic(catalog, home!, current, protectedIdentity));
    }

    /// <summary>The current vårdcentral when it offers vårdval, else the first of the home region that does, else any.</summary>
    private static Clinic? EntryClinic(ClinicCatalog catalog, Region home, Clinic? current, bool protectedIdentity)
    {
        if (current?.IsOffering(VardvalSettings.EService) == true) return current;
        var offering = VardvalRules.ChoosableClinics(catalog, protectedIdentity).Where(c => c.IsOffering(VardvalSettings.EService)).ToList();
        return offering.FirstOrDefault(c => c.RegionKey == home.Key) ?? offering.FirstOrDefault();
    }
}
