using FormEngine.Rendering;
using static FormEngine.Tests.Rendering.RenderFixtures;

namespace FormEngine.Tests.Rendering;

/// <summary>English pages take the author's English texts and the renderer's English words.</summary>
public sealed class EnglishTests
{
    [Fact]
    public void A_question_page_is_all_English()
    {
        var document = Parse(Render(Sink, 0, """{"count": "x"}""", showErrors: true, language: "en"));
        Assert.Equal("en", Single(document, "form").GetAttribute("lang"));
        Assert.Equal("Test form", Single(document, "h1").TextContent);
        Assert.Equal("Step 1 of 2", Single(document, ".fe-progress").TextContent);
        Assert.Equal("Basics", Single(document, "h2.fe-page-title").TextContent);
        Assert.Equal("Email (optional)", Single(document, "label[for=fe-email]").TextContent);
        Assert.Equal("As in your passport.", Single(document, "#fe-name-hint").TextContent);
        Assert.Equal(["Yes", "No"], document.QuerySelectorAll("#fe-smoker-field label").Select(l => l.TextContent));
        Assert.Equal("Choose", Single(document, "#fe-kind option").TextContent);
        Assert.Equal("Driving licence", document.QuerySelectorAll("#fe-kind option")[1].TextContent);
        Assert.Equal("There is a problem", Single(document, ".fe-error-summary h2").TextContent);
        Assert.Equal("Error: Enter a whole number, for example 2.", Single(document, "#fe-count-error").TextContent);
        Assert.Equal("Continue", Single(document, ".fe-actions button").TextContent);
    }

    [Fact]
    public void The_answers_page_and_repeats_are_English_too()
    {
        var check = Parse(Render(Sink, 2, """{"smoker": true, "name": "A"}""", language: "en"));
        Assert.Equal("Check your answers before sending", Single(check, "h2.fe-page-title").TextContent);
        var smoker = check.QuerySelectorAll(".fe-summary-list__row").Single(r => r.QuerySelector("dt")!.TextContent == "Do you smoke?");
        Assert.Equal("Yes", smoker.QuerySelector(".fe-summary-list__value")!.TextContent);
        Assert.Equal("Change Name", Single(check, "a[href$='#fe-name']").TextContent);
        Assert.Equal("I confirm that the answers are true.", Single(check, ".fe-terms").TextContent);
        Assert.Equal("Send", Single(check, ".fe-actions button").TextContent);
        Assert.Equal("Back", Single(check, ".fe-back-link").TextContent);

        var repeat = Parse(Render(Sink, 1, language: "en"));
        Assert.Equal("Package 1", Single(repeat, "fieldset#fe-packages-0 > legend").TextContent);
        Assert.Equal("Add Package", Single(repeat, "button[name=_add]").TextContent);
    }

    [Fact]
    public void The_document_declares_its_language_and_a_missing_language_falls_back_to_Swedish()
    {
        var request = new RenderRequest(Sink, Context) { Language = "en" };
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", FormRenderer.Default.RenderDocument(request));
        var german = Parse(FormRenderer.Default.Render(request with { Language = "de" }));
        Assert.Equal("sv", Single(german, "form").GetAttribute("lang"));
        Assert.Equal("Fortsätt", Single(german, ".fe-actions button").TextContent);
    }
}
