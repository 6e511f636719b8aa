using AngleSharp.Dom;
using static FormEngine.Tests.Rendering.RenderFixtures;

namespace FormEngine.Tests.Rendering;

/// <summary>The WCAG structure of question pages: labels, fieldsets, hints, autocomplete, names and ids.</summary>
public sealed class AccessibilityStructureTests
{
    private const string SomeAnswers = """{"name": "Tolvan", "packages": [{"product": "A"}, {"product": "B"}], "address": {"street": "Gatan 1"}}""";

    public static TheoryData<int> QuestionPages => [0, 1];

    [Theory]
    [MemberData(nameof(QuestionPages))]
    public void Every_control_has_a_label_or_sits_in_a_fieldset_with_a_legend(int page)
    {
        var document = Parse(Render(Sink, page, SomeAnswers));
        var controls = document.QuerySelectorAll("input:not([type=hidden]), select, textarea").ToList();
        Assert.NotEmpty(controls);
        foreach (var control in controls)
        {
            var label = document.QuerySelector($"label[for='{control.Id}']");
            Assert.True(label is not null, $"No label for #{control.Id}.");
            if (control.GetAttribute("type") is "radio" or "checkbox")
                Assert.NotNull(control.Closest("fieldset")?.QuerySelector("legend"));
        }
    }

    [Theory]
    [MemberData(nameof(QuestionPages))]
    public void Ids_are_unique_and_every_reference_points_at_an_element(int page)
    {
        var document = Parse(Render(Sink, page, """{"count": "x"}""", showErrors: true));
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        foreach (var element in document.QuerySelectorAll("[aria-describedby], [aria-labelledby]"))
            foreach (var id in $"{element.GetAttribute("aria-describedby")} {element.GetAttribute("aria-labelledby")}".Split(' ', StringSplitOptions.RemoveEmptyEntries))
                Assert.True(document.GetElementById(id) is not null, $"#{element.Id} refers to missing #{id}.");
        foreach (var label in document.QuerySelectorAll("label[for]"))
            Assert.NotNull(document.GetElementById(label.GetAttribute("for")!));
    }

    [Fact]
    public void The_hint_is_tied_to_its_input()
    {
        var document = Parse(Render(Sink));
        var input = Single(document, "#fe-name");
        Assert.Equal("fe-name-hint", input.GetAttribute("aria-describedby"));
        Assert.Equal("Som i passet.", document.GetElementById("fe-name-hint")!.TextContent);
        Assert.Equal("fe-reason-0-hint", Single(document, "#fe-reason").GetAttribute("aria-describedby"));
    }

    [Fact]
    public void Radio_sets_checkbox_sets_yes_no_groups_and_repeats_are_fieldsets_with_legends()
    {
        var first = Parse(Render(Sink));
        Assert.Equal("Anledning", Legend(first, "#fe-reason"));
        Assert.Equal("Symtom (frivilligt)", Legend(first, "#fe-symptoms"));
        Assert.Equal("Röker du?", Legend(first, "#fe-smoker"));
        var second = Parse(Render(Sink, 1));
        Assert.Equal("Adress", Single(second, "fieldset#fe-address > legend").TextContent);
        Assert.Equal("Förpackningar", Single(second, "fieldset#fe-packages > legend").TextContent);
        Assert.Equal("Förpackning 1", Single(second, "fieldset#fe-packages-0 > legend").TextContent);
    }

    [Fact]
    public void Inputs_get_the_definitions_autocomplete_token_or_the_types_default()
    {
        var document = Parse(Render(Sink));
        Assert.Equal("name", Single(document, "#fe-name").GetAttribute("autocomplete"));
        Assert.Equal("email", Single(document, "#fe-email").GetAttribute("autocomplete"));
        Assert.Null(Single(document, "#fe-count").GetAttribute("autocomplete"));
    }

    [Fact]
    public void Only_optional_questions_say_so()
    {
        var document = Parse(Render(Sink));
        Assert.Equal("E-post (frivilligt)", Single(document, "label[for=fe-email]").TextContent);
        Assert.Equal("Namn", Single(document, "label[for=fe-name]").TextContent);
        Assert.Equal("Personnummer", Single(document, "label[for=fe-personnummer]").TextContent);
    }

    [Fact]
    public void A_prefilled_field_is_read_only_and_shows_the_residents_value()
    {
        var input = Single(Parse(Render(Sink)), "#fe-personnummer");
        Assert.True(input.HasAttribute("readonly"));
        Assert.Equal("191212121212", input.GetAttribute("value"));
        Assert.False(Single(Parse(Render(Sink)), "#fe-name").HasAttribute("readonly"));
    }

    [Fact]
    public void Inputs_are_named_by_path_and_ids_derive_from_it()
    {
        var document = Parse(Render(Sink, 1, SomeAnswers));
        Assert.Equal("address.street", Single(document, "#fe-address-street").GetAttribute("name"));
        Assert.Equal("packages[1].product", Single(document, "#fe-packages-1-product").GetAttribute("name"));
        Assert.Equal("B", Single(document, "#fe-packages-1-product").GetAttribute("value"));
        Assert.Equal("Gatan 1", Single(document, "#fe-address-street").GetAttribute("value"));
    }

    [Fact]
    public void The_form_posts_without_browser_validation_and_says_where_it_is()
    {
        var document = Parse(Render(Sink));
        var form = Single(document, "form");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/send", form.GetAttribute("action"));
        Assert.True(form.HasAttribute("novalidate"));
        Assert.Equal("0", Single(document, "input[type=hidden][name=_page]").GetAttribute("value"));
        Assert.Equal("Testformulär", Single(document, "h1").TextContent);
        Assert.Equal("Steg 1 av 2", Single(document, ".fe-progress").TextContent);
        Assert.Equal("Grunder", Single(document, "h2").TextContent);
        Assert.Null(document.QuerySelector(".fe-back-link"));
        Assert.Equal("Fortsätt", Single(document, ".fe-actions button[type=submit]").TextContent);
    }

    [Fact]
    public void Later_pages_link_back_and_a_page_with_files_posts_multipart()
    {
        var document = Parse(Render(Sink, 1));
        Assert.Equal("?page=1", Single(document, "a.fe-back-link").GetAttribute("href"));
        Assert.Equal("Steg 2 av 2", Single(document, ".fe-progress").TextContent);
        Assert.Equal("multipart/form-data", Single(document, "form").GetAttribute("enctype"));
        Assert.Null(Parse(Render(Sink)).QuerySelector("form")!.GetAttribute("enctype"));
    }

    [Fact]
    public void Answers_tick_their_options()
    {
        var document = Parse(Render(Sink, 0, """{"reason": "renewal", "symptoms": ["cough"], "smoker": "nej", "kind": "idrott"}"""));
        Assert.False(Single(document, "#fe-reason").HasAttribute("checked"));
        Assert.True(Single(document, "#fe-reason-1").HasAttribute("checked"));
        Assert.True(Single(document, "#fe-symptoms-1").HasAttribute("checked"));
        Assert.True(Single(document, "#fe-smoker-1").HasAttribute("checked"));
        Assert.False(Single(document, "#fe-smoker").HasAttribute("checked"));
        Assert.True(Single(document, "#fe-kind option[value=idrott]").HasAttribute("selected"));
    }

    [Fact]
    public void External_list_choices_are_offered_from_the_context()
    {
        var options = Parse(Render(Sink)).QuerySelectorAll("#fe-kind option").Select(o => o.TextContent).ToList();
        Assert.Equal(["Välj", "Körkortsintyg", "Idrottsintyg"], options);
    }

    [Fact]
    public void A_page_with_repeats_has_the_main_button_first_for_the_enter_key()
    {
        var buttons = Parse(Render(Sink, 1)).QuerySelectorAll("form button[type=submit]").ToList();
        Assert.Contains("fe-default-submit", buttons[0].ClassName);
        Assert.Null(buttons[0].GetAttribute("name"));
        Assert.Equal("-1", buttons[0].GetAttribute("tabindex"));
    }

    [Fact]
    public void Computed_values_are_shown_as_labelled_output()
    {
        var document = Parse(Render(Sink, 1, """{"packages": [{"product": "A", "amount": 2}, {"product": "B", "amount": 3}]}"""));
        var output = Single(document, "output#fe-total");
        Assert.Equal("5", output.TextContent);
        Assert.Equal("Totalt", document.GetElementById(output.GetAttribute("aria-labelledby")!)!.TextContent);
        Assert.Null(document.QuerySelector("[name=clinic]")); // hidden fields never reach the page
    }

    private static string Legend(IDocument document, string firstOption) =>
        document.QuerySelector(firstOption)!.Closest("fieldset")!.QuerySelector("legend")!.TextContent;
}
