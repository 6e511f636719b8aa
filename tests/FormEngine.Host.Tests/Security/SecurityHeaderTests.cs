using System.Net;
using FormEngine.Host.Security;
using FormEngine.Host.Tests.Boot;

namespace FormEngine.Host.Tests.Security;

/// <summary>The security headers on pages, API answers, static files and error pages; the CSP's script and style sources.</summary>
public sealed class SecurityHeaderTests(SharedHost shared) : IClassFixture<SharedHost>
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/logga-in", HttpStatusCode.OK)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/finns-inte", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/cases", HttpStatusCode.Unauthorized)]
    [InlineData("/openapi/v1.json", HttpStatusCode.OK)]
    public async Task Every_response_carries_the_security_headers(string path, HttpStatusCode expected)
    {
        var response = await shared.Host.Browser().GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(ContentSecurityPolicy.Portal, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"));
    }

    [Fact]
    public void The_portal_policy_allows_scripts_and_styles_only_from_the_portal_itself()
    {
        var directives = Directives(ContentSecurityPolicy.Portal);

        Assert.Equal("'self'", directives["script-src"]);
        Assert.Equal("'self'", directives["style-src"]);
        Assert.Equal("'self'", directives["default-src"]);
        Assert.Equal("'none'", directives["frame-ancestors"]);
        Assert.Equal("'none'", directives["object-src"]);
        Assert.Equal("'self'", directives["form-action"]);
        Assert.Equal("'self'", directives["base-uri"]);
        Assert.DoesNotContain("unsafe", ContentSecurityPolicy.Portal);
    }

    [Fact]
    public async Task Only_the_API_reference_page_gets_the_relaxed_policy_and_it_still_forbids_eval_and_framing()
    {
        var docs = await shared.Host.Browser().GetAsync("/api/docs/");
        var page = await shared.Host.Browser().GetAsync("/api/docs-x");

        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        var policy = Directives(Header(docs, "Content-Security-Policy"));
        Assert.DoesNotContain("unsafe-eval", policy["script-src"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.Equal(ContentSecurityPolicy.Portal, Header(page, "Content-Security-Policy"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/logga-in")]
    [InlineData("/personal/logga-in")]
    [InlineData("/utloggad")]
    public async Task Pages_hold_no_inline_script_or_style_that_the_policy_would_block(string path)
    {
        var document = Residents.ResidentBrowser.Parse(await shared.Host.Browser().GetStringAsync(path));

        Assert.All(document.QuerySelectorAll("script"), script => Assert.True(script.HasAttribute("src"), $"inline script on {path}"));
        Assert.Empty(document.QuerySelectorAll("style"));
        Assert.Empty(document.QuerySelectorAll("[style]"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{name} missing on {response.RequestMessage?.RequestUri}");

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");
}
