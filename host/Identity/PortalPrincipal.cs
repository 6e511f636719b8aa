using System.Security.Claims;

namespace FormEngine.Host.Identity;

/// <summary>Builds the session principal of the portal's cookie scheme.</summary>
public static class PortalPrincipal
{
    public static ClaimsPrincipal Create(params IEnumerable<Claim> claims) =>
        new(new ClaimsIdentity(claims, PortalAuthentication.Scheme, PortalClaims.Name, PortalClaims.Role));
}
