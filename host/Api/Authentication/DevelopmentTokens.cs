using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FormEngine.Host.Api.Authentication;

/// <summary>
/// Mints bearer tokens with the development signing key, shaped like the identity provider's (same claim names),
/// for the dev token endpoint and the tests. Refuses outside Development.
/// </summary>
public sealed class DevelopmentTokens(IOptions<JwtOptions> jwt, IHostEnvironment environment)
{
    public bool IsAvailable => JwtBearerSetup.DevelopmentKey(jwt.Value, environment) is not null;

    public string ForResident(string personnummer, string method = "bankid") =>
        Mint([new(TokenClaims.Subject, personnummer), new(TokenClaims.Personnummer, personnummer), new(TokenClaims.Method, method)]);

    public string ForStaff(string hsaId) =>
        Mint([new(TokenClaims.Subject, hsaId), new(TokenClaims.HsaId, hsaId), new(TokenClaims.Method, "siths")]);

    public string Mint(IEnumerable<Claim> claims)
    {
        var settings = jwt.Value;
        var key = JwtBearerSetup.DevelopmentKey(settings, environment)
            ?? throw new InvalidOperationException($"Development tokens need the Development environment and {JwtOptions.Section}:DevelopmentSigningKey.");
        // The wall clock, not the app's TimeProvider: the bearer handler checks lifetimes against the wall clock.
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.DevelopmentIssuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + settings.DevelopmentTokenLifetime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
