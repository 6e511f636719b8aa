using FormEngine.Rendering;
using static FormEngine.Tests.Rendering.RenderFixtures;

namespace FormEngine.Tests.Rendering;

/// <summary>The stylesheet and script ship inside the engine, and the pages need nothing a strict CSP forbids.</summary>
public sealed class AssetsTests
{
    [Fact]
    public void The_assets_are_embedded()
    {
        Assert.Contains(".fe-error-summary", FormAssets.Css);
        Assert.Contains("min-height: 2.75rem", FormAssets.Css);
        Assert.Contains(":focus", FormAssets.Css);
        Assert.Contains("data-fe-when", FormAssets.Script);
        Assert.Matches("^[0-9a-f]{12}$", FormAssets.Version);
    }

    [Theory]
    [InlineData("eval(")]
    [InlineData("new Function")]
    [InlineData("innerHTML")]
    [InlineData("setTimeout(\"")]
    [InlineData("document.write")]
    public void The_script_never_turns_text_into_code_or_markup(string forbidden) =>
        Assert.DoesNotContain(forbidden, FormAssets.Script);

    [Fact]
    public void Pages_have_no_inline_script_style_or_event_handlers()
    {
        for (var page = 0; page <= Sink.Pages.Count; page++)
        {
            var html = FormRenderer.Default.Render(new RenderRequest(Sink, Context) { Page = page });
            Assert.DoesNotContain("<script", html);
            Assert.DoesNotContain(" style=", html);
            Assert.DoesNotContain(Parse(html).All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_document_links_the_script_and_inlines_the_styles()
    {
        var html = FormRenderer.Default.RenderDocument(new RenderRequest(Sink, Context) { ScriptUrl = "/assets/formengine.js?v=1" });
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html);
        Assert.Contains(FormAssets.Css, html);
        Assert.Contains("<script src=\"/assets/formengine.js?v=1\" defer></script>", html);
        Assert.DoesNotContain(FormAssets.Script, html);
        Assert.DoesNotContain("<script", FormRenderer.Default.RenderDocument(new RenderRequest(Sink, Context)));
    }
}
