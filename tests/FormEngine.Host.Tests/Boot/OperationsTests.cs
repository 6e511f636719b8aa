using System.Net;
using FormEngine.Rendering;

namespace FormEngine.Host.Tests.Boot;

public sealed class OperationsTests(SharedHost shared) : IClassFixture<SharedHost>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy(string path)
    {
        var response = await shared.Host.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Form_assets_are_served_with_long_caching_when_the_url_carries_their_version()
    {
        var client = shared.Host.CreateClient();

        var css = await client.GetAsync($"/assets/formengine.css?v={FormAssets.Version}");
        var js = await client.GetAsync($"/assets/formengine.js?v={FormAssets.Version}");

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", css.Headers.CacheControl?.ToString());
        Assert.Equal(FormAssets.Css, await css.Content.ReadAsStringAsync());
        Assert.Equal("text/javascript", js.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Every_page_shows_the_test_identity_banner_a_skip_link_and_the_accessibility_statement_link()
    {
        var html = await shared.Host.CreateClient().GetStringAsync("/");

        Assert.Contains("<html lang=\"sv\">", html);
        Assert.Contains("Testinloggning är påslagen", html);
        Assert.Contains("href=\"#innehall\"", html);
        Assert.Contains("<main id=\"innehall\"", html);
        Assert.Contains("href=\"/tillganglighet\"", html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public async Task The_accessibility_statement_exists()
    {
        var html = await shared.Host.CreateClient().GetStringAsync("/tillganglighet");

        Assert.Contains("<h1>Tillgänglighetsredogörelse</h1>", html);
    }

    [Fact]
    public async Task An_unknown_page_gets_the_swedish_not_found_page_with_status_404()
    {
        var response = await shared.Host.CreateClient().GetAsync("/finns-inte");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Sidan hittades inte", await response.Content.ReadAsStringAsync());
    }
}
