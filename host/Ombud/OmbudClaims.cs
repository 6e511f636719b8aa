using System.Security.Claims;
using FormEngine.Host.Identity;

namespace FormEngine.Host.Ombud;

/// <summary>
/// While a guardian acts for a child, <see cref="OmbudMiddleware"/> gives the request a principal whose
/// personnummer claim is the child's (so every resident page, store and API call works on the child's data without
/// knowing about ombud) and adds these claims for what must still name the guardian: who started a case, and the
/// layout's "Du företräder". They never reach the session cookie: the middleware builds them anew on each request.
/// </summary>
public static class OmbudClaims
{
    /// <summary>The logged-in guardian's personnummer while acting for a child.</summary>
    public const string Guardian = "fe:ombud";
    /// <summary>The name of the child being represented.</summary>
    public const string RepresentedName = "fe:ombud-for";

    /// <summary>The guardian's personnummer when the request acts for a child as ombud; null when acting for oneself.</summary>
    public static string? ActingGuardian(this ClaimsPrincipal user) => user.IsResident() ? user.FindFirstValue(Guardian) : null;

    /// <summary>The represented child's name while acting as ombud.</summary>
    public static string? RepresentedChildName(this ClaimsPrincipal user) => user.ActingGuardian() is null ? null : user.FindFirstValue(RepresentedName);

    /// <summary>The logged-in person's own personnummer, whoever they act for.</summary>
    public static string? SignedInPersonnummer(this ClaimsPrincipal user) => user.ActingGuardian() ?? user.Personnummer();

    /// <summary>The principal for acting as <paramref name="child"/>: the session's claims with the child's personnummer.</summary>
    internal static ClaimsPrincipal Acting(ClaimsPrincipal session, string guardianPersonnummer, Represented child)
    {
        var claims = session.Claims
            .Where(c => c.Type is not (PortalClaims.Personnummer or Guardian or RepresentedName))
            .Select(c => new Claim(c.Type, c.Value))
            .Append(new Claim(PortalClaims.Personnummer, child.Personnummer))
            .Append(new Claim(Guardian, guardianPersonnummer))
            .Append(new Claim(RepresentedName, child.Name));
        return PortalPrincipal.Create(claims);
    }
}
