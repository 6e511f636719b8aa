using System.Net;
using System.Text.Json;

namespace FormEngine.Host.Tests.Api;

/// <summary>The OpenAPI document and the reference page: public, complete, and independent of any CDN.</summary>
public sealed class ApiDocumentTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task The_openapi_document_is_json_and_lists_every_endpoint_with_the_bearer_scheme()
    {
        var response = await host.Client().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        Assert.StartsWith("3.", root.GetProperty("openapi").GetString());
        var paths = root.GetProperty("paths");
        (string Path, string Method)[] expected =
        [
            ("/api/v1/clinics", "get"), ("/api/v1/clinics/{clinicKey}/eservices", "get"), ("/api/v1/eservices/{formKey}", "get"),
            ("/api/v1/cases", "post"), ("/api/v1/cases", "get"), ("/api/v1/cases/{caseId}", "get"),
            ("/api/v1/cases/{caseId}/messages", "get"), ("/api/v1/cases/{caseId}/messages/{messageId}/reply", "post"),
            ("/api/v1/drafts", "get"), ("/api/v1/drafts", "post"), ("/api/v1/drafts/{draftId}", "put"), ("/api/v1/drafts/{draftId}", "delete"),
            ("/api/v1/clinics/{clinicKey}/inbox", "get"), ("/api/v1/staff/cases", "get"), ("/api/v1/staff/cases/{caseId}", "get"),
            ("/api/v1/staff/cases/{caseId}/distribute", "post"), ("/api/v1/staff/cases/{caseId}/decisions", "post"),
            ("/api/v1/staff/dialogues", "post"),
        ];
        foreach (var (path, method) in expected)
            Assert.True(paths.TryGetProperty(path, out var item) && item.TryGetProperty(method, out _), $"{method.ToUpperInvariant()} {path} is not in the document.");
        Assert.DoesNotContain(paths.EnumerateObject(), p => !p.Name.StartsWith("/api/", StringComparison.Ordinal));

        var bearer = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("bearer", bearer.GetProperty("scheme").GetString());
        var submit = paths.GetProperty("/api/v1/cases").GetProperty("post");
        Assert.True(submit.TryGetProperty("security", out _), "Operations that need a login name the bearer scheme.");
        Assert.True(submit.GetProperty("responses").TryGetProperty("422", out _));
    }

    [Fact]
    public async Task The_reference_page_loads_its_script_from_the_host_not_from_a_cdn()
    {
        var client = host.Client();

        var page = await client.GetStringAsync("/api/docs/");

        Assert.Contains("<script src=\"scalar.js\"></script>", page);
        Assert.DoesNotContain("cdn.jsdelivr", page);
        Assert.DoesNotContain("fonts.scalar.com", page);
        var script = await client.GetAsync("/api/docs/scalar.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000, "The bundled Scalar script is served.");
    }
}
