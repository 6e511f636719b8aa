using System.Security.Claims;
using FormEngine.Host.Identity.OpenIdConnect;

namespace FormEngine.Host.Tests.Identity;

public sealed class ProviderClaimsTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static ClaimsPrincipal Token(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "oidc"));

    [Fact]
    public void The_configured_claims_give_the_personnummer_and_a_configured_alias_the_method()
    {
        var provider = new OpenIdConnectProvider
        {
            PersonnummerClaim = "personal_identity_number", MethodClaim = "acr",
            Methods = new() { ["telia"] = ["urn:grn:authn:se:telia"] },
        };

        var (personnummer, method, refusal) = ProviderClaims.Resident(
            Token(("personal_identity_number", "199205073159"), ("acr", "URN:GRN:AUTHN:SE:TELIA")), provider, Today);

        Assert.Null(refusal);
        Assert.Equal("199205073159", personnummer!.Value.TwelveDigits);
        Assert.Equal("telia", method);
    }

    [Fact]
    public void Without_a_known_method_the_default_is_used_only_when_configured()
    {
        var token = Token(("https://id.oidc.se/claim/personalIdentityNumber", "199205073159"), ("amr", "pwd"));

        Assert.Equal(LoginRefusal.UnknownMethod, ProviderClaims.Resident(token, new OpenIdConnectProvider(), Today).Refusal);
        Assert.Equal("bankid", ProviderClaims.Resident(token, new OpenIdConnectProvider { DefaultMethod = "bankid" }, Today).Method);
    }

    [Theory]
    [InlineData("199205673156", LoginRefusal.Samordningsnummer)]
    [InlineData("199205073158", LoginRefusal.MissingIdentity)] // wrong check digit
    [InlineData("", LoginRefusal.MissingIdentity)]
    public void Samordningsnummer_and_invalid_numbers_are_refused(string number, LoginRefusal expected)
    {
        var token = Token(("https://id.oidc.se/claim/personalIdentityNumber", number), ("amr", "bankid"));

        Assert.Equal(expected, ProviderClaims.Resident(token, new OpenIdConnectProvider(), Today).Refusal);
    }

    [Fact]
    public void The_refusal_page_has_a_swedish_text_for_every_reason()
    {
        var texts = Enum.GetValues<LoginRefusal>().Select(r => LoginRefusals.Text(LoginRefusals.Code(r))).ToList();

        Assert.Equal(texts.Count, texts.Distinct().Count());
    }
}
