using System.Security.Claims;
using Pnr = FormEngine.Identity.Personnummer;

namespace FormEngine.Host.Identity.OpenIdConnect;

/// <summary>Why a person verified by the provider is not let in; the code is the refusal page's <c>orsak</c>.</summary>
public enum LoginRefusal
{
    /// <summary>The token has no (valid) personnummer or HSA-id.</summary>
    MissingIdentity,
    Samordningsnummer,
    /// <summary>The token names no e-legitimation we know and no default is configured.</summary>
    UnknownMethod,
    /// <summary>A deceased person's account.</summary>
    Inactivated,
    /// <summary>No staff member has the HSA-id.</summary>
    UnknownStaff,
    /// <summary>The provider answered with an error, or the person cancelled there.</summary>
    ProviderError,
}

/// <summary>Reads our identity out of a provider's validated id_token claims (raw claim names: inbound mapping is off).</summary>
public static class ProviderClaims
{
    public static (Pnr? Personnummer, string? Method, LoginRefusal? Refusal) Resident(ClaimsPrincipal token, OpenIdConnectProvider provider, DateOnly today)
    {
        var value = token.FindFirst(provider.PersonnummerClaim)?.Value?.Trim();
        if (string.IsNullOrEmpty(value) || !Pnr.TryParse(value, today, out var personnummer)) return (null, null, LoginRefusal.MissingIdentity);
        if (personnummer.IsSamordningsnummer) return (null, null, LoginRefusal.Samordningsnummer);
        var method = Method(token.FindAll(provider.MethodClaim).Select(c => c.Value), provider);
        return method is null ? (null, null, LoginRefusal.UnknownMethod) : (personnummer, method, null);
    }

    public static string? HsaId(ClaimsPrincipal token, OpenIdConnectProvider provider) =>
        token.FindFirst(provider.HsaIdClaim)?.Value?.Trim() is { Length: > 0 } hsaId ? hsaId : null;

    private static string? Method(IEnumerable<string> values, OpenIdConnectProvider provider)
    {
        foreach (var value in values)
        {
            foreach (var (code, _) in LoginMethods.ForResidents)
            {
                var aliases = provider.Methods.GetValueOrDefault(code) ?? [];
                if (string.Equals(value, code, StringComparison.OrdinalIgnoreCase) || aliases.Contains(value, StringComparer.OrdinalIgnoreCase)) return code;
            }
        }
        return LoginMethods.IsResidentMethod(provider.DefaultMethod) ? provider.DefaultMethod : null;
    }
}
