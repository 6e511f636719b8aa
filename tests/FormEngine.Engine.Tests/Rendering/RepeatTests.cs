using static FormEngine.Tests.Rendering.RenderFixtures;

namespace FormEngine.Tests.Rendering;

/// <summary>Repeats render their rows with buttons that add and remove rows by posting the page.</summary>
public sealed class RepeatTests
{
    private const string TwoRows = """{"packages": [{"product": "A", "amount": 1}, {"product": "B"}]}""";

    [Fact]
    public void An_empty_repeat_shows_one_row_that_cannot_be_removed()
    {
        var document = Parse(Render(Sink, 1));
        Assert.Single(document.QuerySelectorAll("fieldset.fe-repeat__row"));
        Assert.Equal("packages[0].product", Single(document, "#fe-packages-0-product").GetAttribute("name"));
        Assert.Null(document.QuerySelector("button[name=_remove]"));
        var add = Single(document, "button[name=_add]");
        Assert.Equal("packages", add.GetAttribute("value"));
        Assert.Equal("submit", add.GetAttribute("type"));
        Assert.Equal("Lägg till Förpackning", add.TextContent);
    }

    [Fact]
    public void Every_answered_row_is_shown_with_its_own_remove_button()
    {
        var document = Parse(Render(Sink, 1, TwoRows));
        var rows = document.QuerySelectorAll("fieldset.fe-repeat__row").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("packages[1]", rows[1].GetAttribute("data-fe-row"));
        Assert.Equal("B", Single(document, "#fe-packages-1-product").GetAttribute("value"));
        Assert.Equal(["packages[0]", "packages[1]"], document.QuerySelectorAll("button[name=_remove]").Select(b => b.GetAttribute("value")));
        Assert.Equal("Ta bort Förpackning 2", rows[1].QuerySelector("button[name=_remove]")!.TextContent);
    }

    [Fact]
    public void The_add_button_disappears_at_max_count()
    {
        var full = """{"packages": [{"product": "A"}, {"product": "B"}, {"product": "C"}]}""";
        var document = Parse(Render(Sink, 1, full));
        Assert.Equal(3, document.QuerySelectorAll("fieldset.fe-repeat__row").Length);
        Assert.Null(document.QuerySelector("button[name=_add]"));
    }

    [Fact]
    public void The_host_can_ask_for_an_empty_row_after_Lägg_till()
    {
        var document = Parse(Render(Sink, 1, TwoRows, repeatRows: new Dictionary<string, int> { ["packages"] = 3 }));
        Assert.Equal(3, document.QuerySelectorAll("fieldset.fe-repeat__row").Length);
        Assert.Equal("", Single(document, "#fe-packages-2-product").GetAttribute("value"));
        Assert.Null(document.QuerySelector("button[name=_add]"));
    }

    [Fact]
    public void Min_count_rows_are_shown_from_the_start_and_nested_repeats_get_nested_paths()
    {
        var form = Compile("""
            key: nested-test
            version: 1
            title: {sv: Test}
            category: test
            workflow: standard-case
            pages:
              - key: one
                title: {sv: Ett}
                fields:
                  - key: orders
                    type: repeat
                    label: {sv: Beställningar}
                    min_count: 2
                    fields:
                      - key: lines
                        type: repeat
                        label: {sv: Rader}
                        fields:
                          - {key: item, type: text, label: {sv: Vara}}
            """);
        var document = Parse(Render(form, 0, """{"orders": [{"lines": [{"item": "x"}, {"item": "y"}]}]}"""));
        Assert.Equal(2, document.QuerySelectorAll("fieldset[data-fe-row^='orders['][data-fe-row$=']']:not([data-fe-row*='.'])").Length);
        Assert.Equal("y", Single(document, "#fe-orders-0-lines-1-item").GetAttribute("value"));
        Assert.Equal("orders[0].lines[1].item", Single(document, "#fe-orders-0-lines-1-item").GetAttribute("name"));
        Assert.NotNull(document.QuerySelector("#fe-orders-1-lines-0-item"));
        Assert.Equal("orders[1].lines", Single(document, "#fe-orders-1-lines-field button[name=_add]").GetAttribute("value"));
    }
}
