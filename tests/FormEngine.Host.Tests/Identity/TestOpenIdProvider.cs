using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FormEngine.Host.Tests.Identity;

/// <summary>
/// A minimal OpenID Connect provider on Kestrel (127.0.0.1, a free port) for the host's real OIDC handler:
/// discovery, JWKS, an authorize endpoint that at once sends the browser back with a code (the person is whoever
/// the test put in <see cref="NextPerson"/>: no login screen), and a token endpoint that checks the client, the
/// redirect URI and PKCE and answers with an RS256-signed id_token carrying the nonce and the person's claims.
/// </summary>
public sealed class TestOpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "formengine-test";
    public const string ClientSecret = "test-secret";

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-key-1" };
    private readonly ConcurrentDictionary<string, PendingCode> _codes = new();

    private TestOpenIdProvider(WebApplication app) => _app = app;

    /// <summary>The issuer (and authority) the host is configured with.</summary>
    public string Authority { get; private set; } = "";

    /// <summary>The claims (besides iss, sub, aud, nonce, times) the next login's id_token carries; none = the person cancels.</summary>
    public IReadOnlyList<Claim> NextPerson { get; set; } = [];

    /// <summary>How many code redemptions the host made (one per login).</summary>
    public int TokenRequests => _tokenRequests;
    private int _tokenRequests;

    public static async Task<TestOpenIdProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var provider = new TestOpenIdProvider(builder.Build());
        provider.Map();
        await provider._app.StartAsync();
        provider.Authority = provider._app.Urls.Single().TrimEnd('/');
        return provider;
    }

    public static Claim[] Resident(string personnummer, string method) =>
        [new("https://id.oidc.se/claim/personalIdentityNumber", personnummer), new("amr", method), new("name", "Från identitetsgivaren")];

    private void Map()
    {
        _app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Authority,
            ["authorization_endpoint"] = $"{Authority}/authorize",
            ["token_endpoint"] = $"{Authority}/token",
            ["jwks_uri"] = $"{Authority}/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["response_modes_supported"] = new[] { "query", "form_post" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "client_secret_basic" },
        }));
        _app.MapGet("/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_key.Rsa.ExportParameters(false)) { KeyId = _key.KeyId });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, alg = "RS256", n = jwk.N, e = jwk.E } } });
        });
        _app.MapGet("/authorize", Authorize);
        _app.MapPost("/token", TokenAsync);
    }

    private IResult Authorize(HttpRequest request)
    {
        var query = request.Query;
        if (query["client_id"] != ClientId || query["response_type"] != "code" || string.IsNullOrEmpty(query["redirect_uri"])
            || query["code_challenge_method"] != "S256" || !query["scope"].ToString().Split(' ').Contains("openid"))
            return Results.BadRequest("bad authorization request");
        var redirect = query["redirect_uri"].ToString();
        (string Name, string Value) answer;
        if (NextPerson.Count == 0)
        {
            answer = ("error", "access_denied"); // nobody to log in: as if the person cancelled
        }
        else
        {
            var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            _codes[code] = new PendingCode(redirect, query["code_challenge"]!, query["nonce"].ToString(), [.. NextPerson]);
            answer = ("code", code);
        }
        var state = query["state"].ToString();
        if (query["response_mode"] == "form_post")
        {
            var html = new StringBuilder("<!doctype html><html><body><form method=\"post\" action=\"")
                .Append(HtmlEncoder.Default.Encode(redirect)).Append("\">")
                .Append($"<input type=\"hidden\" name=\"{answer.Name}\" value=\"{answer.Value}\">")
                .Append($"<input type=\"hidden\" name=\"state\" value=\"{HtmlEncoder.Default.Encode(state)}\">")
                .Append("</form></body></html>");
            return Results.Content(html.ToString(), "text/html");
        }
        return Results.Redirect($"{redirect}?{answer.Name}={answer.Value}&state={Uri.EscapeDataString(state)}");
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        Interlocked.Increment(ref _tokenRequests);
        var form = await request.ReadFormAsync();
        if (form["grant_type"] != "authorization_code" || form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
            return Results.BadRequest(new { error = "invalid_client" });
        if (!_codes.TryRemove(form["code"].ToString(), out var pending) || pending.RedirectUri != form["redirect_uri"])
            return Results.BadRequest(new { error = "invalid_grant" });
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString())));
        if (challenge != pending.CodeChallenge) return Results.BadRequest(new { error = "invalid_grant", error_description = "PKCE" });

        var accessToken = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>
        {
            ["sub"] = pending.Person.FirstOrDefault(c => c.Type.EndsWith("personalIdentityNumber", StringComparison.Ordinal))?.Value ?? "anonymous",
            ["nonce"] = pending.Nonce,
            ["at_hash"] = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(accessToken))[..16]),
        };
        foreach (var group in pending.Person.GroupBy(c => c.Type))
            claims[group.Key] = group.Count() == 1 ? group.Single().Value : group.Select(c => c.Value).ToArray();
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = ClientId,
            IssuedAt = now,
            NotBefore = now.AddSeconds(-5),
            Expires = now.AddMinutes(5),
            Claims = claims,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
        return Results.Json(new { access_token = accessToken, token_type = "Bearer", expires_in = 300, id_token = idToken });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed record PendingCode(string RedirectUri, string CodeChallenge, string Nonce, IReadOnlyList<Claim> Person);
}
