using System.Text.Json.Nodes;
using FormEngine.Expressions;
using static FormEngine.Tests.Rendering.RenderFixtures;

namespace FormEngine.Tests.Rendering;

/// <summary>
/// Only relevant fields are rendered; a field whose condition reads an answer on the same page is rendered
/// anyway (so the page works without JavaScript) and carries its condition for the script.
/// </summary>
public sealed class RelevanceTests
{
    [Fact]
    public void A_field_that_depends_on_an_earlier_page_is_absent_until_relevant()
    {
        Assert.Null(Parse(Render(Sink, 1, """{"reason": "new"}""")).QuerySelector("#fe-renewal_note"));
        Assert.Null(Parse(Render(Sink, 1)).QuerySelector("#fe-renewal_note"));
        Assert.NotNull(Parse(Render(Sink, 1, """{"reason": "renewal"}""")).QuerySelector("#fe-renewal_note"));
        Assert.Null(Parse(Render(Sink, 1, """{"reason": "renewal"}""")).QuerySelector("#fe-renewal_note-field[data-fe-when]"));
    }

    [Fact]
    public void A_field_that_depends_on_its_own_page_is_rendered_with_its_condition()
    {
        var field = Single(Parse(Render(Sink, 0, """{"reason": "new"}""")), "#fe-renewal_details-field");
        var condition = Sink.FindField("renewal_details")!.VisibleWhen!;
        Assert.Equal(ExpressionJson.ToJson(condition.Syntax), field.GetAttribute("data-fe-when"));
        Assert.NotNull(field.QuerySelector("textarea[name=renewal_details]"));
    }

    [Fact]
    public void Fields_the_script_reads_say_how_to_read_them()
    {
        var document = Parse(Render(Sink, 1));
        Assert.Equal("text", Single(Parse(Render(Sink)), "#fe-reason-field").GetAttribute("data-fe-type"));
        Assert.Equal("number", Single(document, "#fe-packages-0-amount-field").GetAttribute("data-fe-type"));
        Assert.Null(Single(document, "#fe-address-street-field").GetAttribute("data-fe-type"));
    }

    [Fact]
    public void Values_the_script_cannot_read_on_the_page_travel_with_the_form()
    {
        var form = Compile("""
            key: values-test
            version: 1
            title: {sv: Test}
            category: test
            workflow: standard-case
            pages:
              - key: one
                title: {sv: Ett}
                fields:
                  - {key: visits, type: integer, label: {sv: Besök}}
              - key: two
                title: {sv: Två}
                fields:
                  - {key: pain, type: yes_no, label: {sv: Ont?}}
                  - key: details
                    type: textarea
                    label: {sv: Berätta}
                    visible_when: pain and (visits > 2 or $resident.age >= 65)
            """);
        var element = Single(Parse(Render(form, 1, """{"visits": 3}""")), "form");
        var values = JsonNode.Parse(element.GetAttribute("data-fe-values")!)!.AsObject();
        Assert.Equal(3, values["visits"]!.GetValue<decimal>());
        Assert.Equal(112, values["$resident.age"]!.GetValue<decimal>());
        Assert.False(values.ContainsKey("pain"));
        Assert.Equal("2025-03-14", element.GetAttribute("data-fe-today"));
        Assert.Null(Single(Parse(Render(form, 0)), "form").GetAttribute("data-fe-values"));
    }

    [Fact]
    public void Steps_and_the_back_link_skip_pages_that_are_not_relevant()
    {
        var form = BegarIntyg();
        var renewal = Parse(Render(form, 2, """{"request_type": "renewal"}"""));
        Assert.Equal("Steg 3 av 3", Single(renewal, ".fe-progress").TextContent);
        Assert.Equal("?page=2", Single(renewal, ".fe-back-link").GetAttribute("href"));

        var fresh = Parse(Render(form, 2, """{"request_type": "new"}"""));
        Assert.Equal("Steg 2 av 2", Single(fresh, ".fe-progress").TextContent);
        Assert.Equal("?page=1", Single(fresh, ".fe-back-link").GetAttribute("href"));
    }

    [Fact]
    public void A_hidden_group_hides_its_children()
    {
        var form = Compile("""
            key: group-test
            version: 1
            title: {sv: Test}
            category: test
            workflow: standard-case
            pages:
              - key: one
                title: {sv: Ett}
                fields:
                  - {key: delivery, type: yes_no, label: {sv: Leverans?}}
              - key: two
                title: {sv: Två}
                fields:
                  - key: address
                    type: group
                    label: {sv: Adress}
                    visible_when: delivery
                    fields:
                      - {key: street, type: text, label: {sv: Gata}}
                  - {key: other, type: text, label: {sv: Övrigt}}
            """);
        var hidden = Parse(Render(form, 1, """{"delivery": false, "address": {"street": "x"}}"""));
        Assert.Null(hidden.QuerySelector("#fe-address-field"));
        Assert.Null(hidden.QuerySelector("#fe-address-street"));
        Assert.NotNull(hidden.QuerySelector("#fe-other"));
        Assert.NotNull(Parse(Render(form, 1, """{"delivery": true}""")).QuerySelector("#fe-address-street"));
    }
}
