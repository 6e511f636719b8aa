using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace FormEngine.Host.Api.Authentication;

/// <summary>
/// Points the bearer handler at the configured identity provider, or, in Development only, at the local
/// symmetric key. Claim names are kept as the token has them (no WS-Federation renaming); the mapper turns
/// them into the portal's claims.
/// </summary>
internal sealed class JwtBearerSetup(IOptions<JwtOptions> jwt, IHostEnvironment environment) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name == ApiSchemes.Bearer) Configure(options);
    }

    public void Configure(JwtBearerOptions options)
    {
        var settings = jwt.Value;
        options.MapInboundClaims = false;
        options.Audience = settings.Audience;
        options.TokenValidationParameters.ValidAudience = settings.Audience;
        options.TokenValidationParameters.NameClaimType = TokenClaims.Name;
        options.TokenValidationParameters.ClockSkew = TimeSpan.FromMinutes(1);
        if (!string.IsNullOrWhiteSpace(settings.Authority))
        {
            options.Authority = settings.Authority;
            options.RequireHttpsMetadata = !environment.IsDevelopment();
        }
        if (DevelopmentKey(settings, environment) is { } key)
        {
            // Both may be configured in Development: tokens from the real provider and locally minted ones work.
            var issuers = new List<string> { settings.DevelopmentIssuer };
            if (!string.IsNullOrWhiteSpace(settings.Authority)) issuers.Add(settings.Authority);
            options.TokenValidationParameters.ValidIssuers = issuers;
            options.TokenValidationParameters.IssuerSigningKeys = [key];
            options.TokenValidationParameters.ValidateIssuerSigningKey = true;
        }
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = TokenClaimsMapper.OnTokenValidatedAsync,
            OnChallenge = BearerChallenge.OnChallengeAsync,
            OnForbidden = BearerChallenge.OnForbiddenAsync,
        };
    }

    /// <summary>The development signing key, or null outside Development or when none (or a too short one) is set.</summary>
    public static SymmetricSecurityKey? DevelopmentKey(JwtOptions settings, IHostEnvironment environment)
    {
        if (!environment.IsDevelopment() || string.IsNullOrWhiteSpace(settings.DevelopmentSigningKey)) return null;
        var bytes = Encoding.UTF8.GetBytes(settings.DevelopmentSigningKey);
        // HMAC-SHA256 needs 256 bits; a shorter key would be refused at validation with a less helpful error.
        if (bytes.Length < 32)
            throw new InvalidOperationException($"{JwtOptions.Section}:DevelopmentSigningKey must be at least 32 bytes.");
        return new SymmetricSecurityKey(bytes) { KeyId = "formengine-development" };
    }
}
