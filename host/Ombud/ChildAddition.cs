using FormEngine.Persistence.Portal;
using Microsoft.EntityFrameworkCore;
using Pnr = FormEngine.Identity.Personnummer;

namespace FormEngine.Host.Ombud;

/// <summary>
/// "Lägg till barn": a guardian types a child's personnummer and learns why they may or may not act for the child.
/// The register (<see cref="IGuardianships"/>) is asked first, so for someone else's child the answer says nothing
/// about that child's age or protection. Allowed means the same as <see cref="OmbudAccess"/> offering the child.
/// </summary>
public sealed class ChildAddition(IGuardianships guardianships, ProxyRights rights, IDbContextFactory<PortalDbContext> contexts)
{
    public const string Missing = "Ange barnets personnummer.";
    public const string Invalid = "Ange ett giltigt personnummer med 12 siffror, till exempel 20190101-1234.";
    public const string NotGuardian = "Du är inte registrerad som vårdnadshavare för barnet.";
    public const string TooOld = "Barnet har fyllt 13 år. Från 13 år loggar barnet in med sin egen e-legitimation.";
    public const string Protected = "Det går inte att vara ombud när du eller barnet har skyddad identitet.";
    public const string NotKnown = "Barnet finns inte i e-tjänsterna ännu. Kontakta mottagningen.";

    /// <returns>The child's 12-digit personnummer when the guardian may act for them, otherwise the Swedish reason.</returns>
    public async Task<(string? Child, string? Refusal)> CheckAsync(string guardianPersonnummer, string? typed, DateOnly today,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(typed)) return (null, Missing);
        if (!Pnr.TryParse(typed.Trim().Replace(" ", ""), today, out var pnr) || pnr.IsSamordningsnummer) return (null, Invalid);
        var child = pnr.TwelveDigits;
        var isGuardian = child != guardianPersonnummer
            && (await guardianships.ChildrenOfAsync(guardianPersonnummer, cancellationToken)).Contains(child);
        if (!isGuardian) return (null, NotGuardian);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var people = await db.Residents.AsNoTracking()
            .Where(r => r.Personnummer == guardianPersonnummer || r.Personnummer == child)
            .Select(r => new { r.Personnummer, r.ProtectedIdentity })
            .ToListAsync(cancellationToken);
        var self = people.FirstOrDefault(p => p.Personnummer == guardianPersonnummer);
        var other = people.FirstOrDefault(p => p.Personnummer == child);
        // Without a Resident row the portal knows neither the child's name nor their protection: not offered.
        if (self is null || other is null) return (null, NotKnown);
        return rights.Decide(new ProxyParty(self.Personnummer, self.ProtectedIdentity), new ProxyParty(child, other.ProtectedIdentity), isGuardian: true) switch
        {
            ProxyDecision.Allowed => (child, null),
            ProxyDecision.ChildTooOld => (null, TooOld),
            ProxyDecision.ProtectedIdentity => (null, Protected),
            ProxyDecision.NotGuardian => (null, NotGuardian),
            _ => (null, Invalid),
        };
    }
}
