using FormEngine.Host.Identity;
using Pnr = FormEngine.Identity.Personnummer;

namespace FormEngine.Host.Ombud;

/// <summary>One side of a proxy relation as the rules need it.</summary>
public sealed record ProxyParty(string Personnummer, bool ProtectedIdentity);

/// <summary>Why a guardian may or may not act for a child.</summary>
public enum ProxyDecision
{
    Allowed,
    /// <summary>No guardianship relation in the register.</summary>
    NotGuardian,
    /// <summary>The child has turned 13: from then on the child logs in with their own e-ID.</summary>
    ChildTooOld,
    /// <summary>The guardian or the child has skyddad identitet: no ombud at all.</summary>
    ProtectedIdentity,
    /// <summary>Not a personnummer the rules can compute an age from (a malformed value in the register).</summary>
    InvalidPersonnummer,
}

/// <summary>
/// The ombud rules (domain.md): a guardian may act for their child while the child is under 13, the age computed
/// from the child's personnummer and today's date in Europe/Stockholm; the right ends at the start of the 13th
/// birthday. Never when the guardian or the child has skyddad identitet. Checked on every request, so a right
/// that ends (a birthday, a protection added) ends at once without anyone removing a link.
/// </summary>
public sealed class ProxyRights(TimeProvider time)
{
    /// <summary>The age at which the guardian's right ends.</summary>
    public const int AgeLimit = 13;

    public ProxyDecision Decide(ProxyParty guardian, ProxyParty child, bool isGuardian)
    {
        if (!isGuardian) return ProxyDecision.NotGuardian;
        if (guardian.ProtectedIdentity || child.ProtectedIdentity) return ProxyDecision.ProtectedIdentity;
        if (RightEndsOn(child.Personnummer) is not { } ends) return ProxyDecision.InvalidPersonnummer;
        return SwedishTime.Today(time) < ends ? ProxyDecision.Allowed : ProxyDecision.ChildTooOld;
    }

    public bool MayAct(ProxyParty guardian, ProxyParty child, bool isGuardian) => Decide(guardian, child, isGuardian) == ProxyDecision.Allowed;

    /// <summary>The child's 13th birthday (the first day without the right); null when no birth date can be read.</summary>
    public DateOnly? RightEndsOn(string childPersonnummer)
    {
        if (!Pnr.TryParse(childPersonnummer, SwedishTime.Today(time), out var pnr)) return null;
        // Same convention as Personnummer.AgeOn: someone born 29 February turns a year older on 28 February.
        return pnr.BirthDate.AddYears(AgeLimit);
    }
}
