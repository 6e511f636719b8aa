using FormEngine.Rendering;
using static FormEngine.Tests.Rendering.RenderFixtures;

namespace FormEngine.Tests.Rendering;

/// <summary>The error summary (announced, focused, linked) and the inline messages wired to their inputs.</summary>
public sealed class ErrorSummaryTests
{
    private const string Wrong = """{"count": "many", "reason": "renewal", "address": {"street": "Gatan 1"}, "packages": [{"amount": 1}]}""";

    [Fact]
    public void The_summary_is_an_alert_that_takes_focus_and_links_to_each_field()
    {
        var document = Parse(Render(Sink, 0, Wrong, showErrors: true));
        var summary = Single(document, ".fe-error-summary");
        Assert.Equal("alert", summary.GetAttribute("role"));
        Assert.Equal("-1", summary.GetAttribute("tabindex"));
        Assert.True(summary.HasAttribute("autofocus"));
        Assert.Equal("Det finns problem", Single(document, "#fe-error-summary-title").TextContent);
        Assert.Same(summary, document.QuerySelector("form > *:not(input):not(button)"));

        var links = summary.QuerySelectorAll("a").Select(a => (Href: a.GetAttribute("href")!, Text: a.TextContent)).ToList();
        Assert.Equal(
        [
            ("#fe-name", "Namn: Fyll i fältet."),
            ("#fe-count", "Antal: Skriv ett heltal, till exempel 2."),
            ("#fe-renewal_details", "Beskriv förnyelsen: Fyll i fältet."),
            ("#fe-smoker", "Röker du?: Välj ett svar."),
        ], links);
        foreach (var (href, _) in links)
        {
            var target = document.GetElementById(href[1..]);
            Assert.True(target is not null && target.TagName is "INPUT" or "TEXTAREA", $"{href} does not land on a control.");
        }
    }

    [Fact]
    public void An_invalid_input_is_marked_and_described_by_its_message()
    {
        var document = Parse(Render(Sink, 0, Wrong, showErrors: true));
        var input = Single(document, "#fe-count");
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Equal("fe-count-error", input.GetAttribute("aria-describedby"));
        Assert.Equal("Fel: Skriv ett heltal, till exempel 2.", document.GetElementById("fe-count-error")!.TextContent);
        Assert.Equal("many", input.GetAttribute("value"));
        Assert.Contains("fe-field--error", Single(document, "#fe-count-field").ClassName);

        var name = Single(document, "#fe-name");
        Assert.Equal("fe-name-hint fe-name-error", name.GetAttribute("aria-describedby"));

        var radios = Single(document, "#fe-smoker-field fieldset");
        Assert.Equal("fe-smoker-error", radios.GetAttribute("aria-describedby"));
        Assert.Null(Single(document, "#fe-email").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void Issues_are_shown_only_when_asked_and_only_for_this_page()
    {
        var quiet = Parse(Render(Sink, 0, Wrong));
        Assert.Null(quiet.QuerySelector(".fe-error-summary"));
        Assert.Null(quiet.QuerySelector("[aria-invalid]"));
        Assert.Null(quiet.QuerySelector(".fe-error-message"));

        var first = Parse(Render(Sink, 0, Wrong, showErrors: true));
        Assert.DoesNotContain(first.QuerySelectorAll(".fe-error-summary a"), a => a.GetAttribute("href") == "#fe-address-postcode");
        var second = Parse(Render(Sink, 1, Wrong, showErrors: true));
        Assert.Equal(["#fe-address-postcode", "#fe-packages-0-product"], second.QuerySelectorAll(".fe-error-summary a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Produkt (Förpackning 1): Fyll i fältet.", second.QuerySelectorAll(".fe-error-summary a")[1].TextContent);
    }

    [Fact]
    public void A_page_without_problems_has_no_summary_even_when_errors_are_shown()
    {
        var answers = """{"name": "A", "count": 1, "reason": "new", "smoker": true}""";
        Assert.Null(Parse(Render(Sink, 0, answers, showErrors: true)).QuerySelector(".fe-error-summary"));
    }

    [Fact]
    public void The_document_title_starts_with_Fel_when_there_are_errors()
    {
        var request = new RenderRequest(Sink, Context) { Answers = Answers(Sink, Wrong), ShowErrors = true };
        Assert.Contains("<title>Fel: Grunder – Testformulär</title>", FormRenderer.Default.RenderDocument(request));
        Assert.Contains("<title>Grunder – Testformulär</title>", FormRenderer.Default.RenderDocument(request with { ShowErrors = false }));
        Assert.Contains("<title>Error: Basics – Test form</title>", FormRenderer.Default.RenderDocument(request with { Language = "en" }));
    }

    [Fact]
    public void The_summary_on_the_answers_page_links_to_the_page_of_each_field()
    {
        var document = Parse(Render(Sink, 2, Wrong, showErrors: true));
        var hrefs = document.QuerySelectorAll(".fe-error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("?page=1#fe-count", hrefs);
        Assert.Contains("?page=2#fe-address-postcode", hrefs);
        Assert.Equal("#fe-terms_accepted", hrefs[^1]);
        Assert.Equal("true", Single(document, "#fe-terms_accepted").GetAttribute("aria-invalid"));
    }
}
