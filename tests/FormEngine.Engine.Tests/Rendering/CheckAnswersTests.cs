using FormEngine.Rendering;
using static FormEngine.Tests.Rendering.RenderFixtures;

namespace FormEngine.Tests.Rendering;

/// <summary>The check-your-answers page: what was answered, links back to change it, the terms and the send button.</summary>
public sealed class CheckAnswersTests
{
    private const string Filled = """
        {"name": "Tolvan", "count": 3, "reason": "renewal", "renewal_details": "Rad ett\nRad två", "smoker": false,
         "symptoms": ["fever", "cough"], "address": {"postcode": "12345"}, "packages": [{"product": "A", "amount": 2}],
         "appointment": "2025-04-01T09:30"}
        """;

    [Fact]
    public void Every_answered_relevant_field_is_listed_per_page_with_its_display_value()
    {
        var document = Parse(Render(Sink, Sink.Pages.Count, Filled));
        Assert.Equal(["Grunder", "Detaljer"], document.QuerySelectorAll("h3.fe-summary-heading").Take(2).Select(h => h.TextContent));
        var rows = document.QuerySelectorAll(".fe-summary-list__row")
            .ToDictionary(r => r.QuerySelector("dt")!.TextContent, r => r.QuerySelector(".fe-summary-list__value")!.InnerHtml);
        Assert.Equal("Tolvan", rows["Namn"]);
        Assert.Equal("19121212-1212", rows["Personnummer"]);
        Assert.Equal("Förnyelse", rows["Anledning"]);
        Assert.Equal("Rad ett<br>Rad två", rows["Beskriv förnyelsen"]);
        Assert.Equal("Nej", rows["Röker du?"]);
        Assert.Equal("Feber, Hosta", rows["Symtom"]);
        Assert.Equal("12345", rows["Adress: Postnummer"]);
        Assert.Equal("A", rows["Förpackning 1: Produkt"]);
        Assert.Equal("2", rows["Totalt"]);
        Assert.Equal("2025-04-01 09:30", rows["Besökstid"]);
        Assert.False(rows.ContainsKey("E-post"));
        Assert.False(rows.ContainsKey("clinic"));
    }

    [Fact]
    public void Change_links_go_to_the_fields_page_and_name_the_field_for_screen_readers()
    {
        var request = new RenderRequest(Sink, Context)
        {
            Page = Sink.Pages.Count,
            Answers = Answers(Sink, Filled),
            PageUrl = i => $"/forms/render-test/{i}",
        };
        var document = Parse(FormRenderer.Default.Render(request));
        var link = Single(document, "a[href='/forms/render-test/1#fe-address-postcode']");
        Assert.Equal("Ändra Adress: Postnummer", link.TextContent);
        Assert.Equal(" Adress: Postnummer", link.QuerySelector(".fe-visually-hidden")!.TextContent);
        Assert.NotNull(document.QuerySelector("a[href='/forms/render-test/1#fe-packages-0-product']"));
        Assert.Equal("/forms/render-test/1", Single(document, ".fe-back-link").GetAttribute("href"));
        Assert.Null(document.QuerySelector("a[href$='#fe-personnummer']"));
        Assert.Null(document.QuerySelector("a[href$='#fe-total']"));
    }

    [Fact]
    public void The_terms_come_last_with_their_checkbox_and_the_send_button()
    {
        var document = Parse(Render(Sink, Sink.Pages.Count, Filled));
        Assert.Equal("Jag intygar att uppgifterna stämmer.", Single(document, ".fe-terms").TextContent);
        var box = Single(document, "input[type=checkbox][name=terms_accepted]");
        Assert.Equal("true", box.GetAttribute("value"));
        Assert.False(box.HasAttribute("checked"));
        Assert.NotNull(document.QuerySelector($"label[for='{box.Id}']"));
        Assert.Equal("Skicka", Single(document, ".fe-actions button[type=submit]").TextContent);
        Assert.Equal("2", Single(document, "input[name=_page]").GetAttribute("value"));

        var accepted = Parse(Render(Sink, Sink.Pages.Count, Filled.Replace("{\"name\"", "{\"terms_accepted\": \"true\", \"name\"")));
        Assert.True(Single(accepted, "input[name=terms_accepted]").HasAttribute("checked"));
    }

    [Fact]
    public void Pages_that_are_not_relevant_and_pages_without_answers_are_left_out()
    {
        var form = BegarIntyg();
        var document = Parse(Render(form, form.Pages.Count, """{"kind": "korkort", "purpose": "Körkort", "request_type": "new", "previous_issuer": "Dr X"}"""));
        Assert.Equal(["Vilket intyg behöver du?", "Villkor"], document.QuerySelectorAll("h3").Select(h => h.TextContent));
        Assert.Equal("Körkortsintyg", Single(document, ".fe-summary-list__value").TextContent);
    }
}
