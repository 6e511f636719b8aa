using FormEngine.Forms.FieldTypes;
using FormEngine.Rendering;
using FormEngine.Rendering.Plans;
using FormEngine.Rendering.Templates;
using static FormEngine.Tests.Rendering.RenderFixtures;

namespace FormEngine.Tests.Rendering;

/// <summary>Templates rendered once with markers, cut into fixed parts and holes.</summary>
public sealed class TemplatePartsTests
{
    [Fact]
    public void Markers_become_holes_and_known_values_are_filled_in_while_cutting()
    {
        var rendered = $"<input id=\"{Sentinel.For(Slot.Id)}\" value=\"{Sentinel.For(Slot.Value)}\"{Sentinel.For(Slot.Checked, 2)}>";
        var parts = TemplateParts.Cut(rendered, new Dictionary<Slot, string> { [Slot.Id] = "fe-name" });
        Assert.Equal("<input id=\"fe-name\" value=\"{{value}}\"{{checked[2]}}>", parts.ToString());
        Assert.Equal(5, parts.Parts.Length);
        Assert.Equal((Slot.Checked, 2), (parts.Parts[3].Slot, parts.Parts[3].Option));
    }

    [Fact]
    public void Blank_lines_left_by_empty_static_values_are_dropped()
    {
        var parts = TemplateParts.Cut("<div>\n\n\n<input>\n</div>", new Dictionary<Slot, string>());
        Assert.Equal("<div>\n<input>\n</div>", parts.ToString());
    }

    [Fact]
    public void Author_text_cannot_forge_a_marker()
    {
        Assert.Equal("a&lt;b&gt;&amp;&quot;&#39;1:-1c", Html.Encode("a<b>&\"'\u00011:-1\u0002c"));
        Assert.Equal("Förnyelse åäö", Html.Encode("Förnyelse åäö"));
    }

    [Theory]
    [InlineData("delivery.address", "fe-delivery-address")]
    [InlineData("packages[0].count", "fe-packages-0-count")]
    [InlineData("orders[10].lines[2].item", "fe-orders-10-lines-2-item")]
    [InlineData("terms_accepted", "fe-terms_accepted")]
    public void Ids_come_from_paths(string path, string id) => Assert.Equal(id, Html.IdOf(path));

    [Fact]
    public void Every_registered_field_type_is_rendered_without_a_marker_left_over()
    {
        var types = Sink.AllFields.Select(f => f.Type.Name).ToHashSet();
        Assert.Superset(types, FieldTypeRegistry.Default.Names.ToHashSet());
        for (var page = 0; page <= Sink.Pages.Count; page++)
        {
            var html = FormRenderer.Default.Render(new RenderRequest(Sink, Context) { Page = page });
            Assert.DoesNotContain('\u0001', html);
            Assert.DoesNotContain('\u0002', html);
            Assert.DoesNotContain("{{", html);
        }
    }

    [Fact]
    public void The_plain_variant_of_a_field_outside_repeats_needs_only_its_value()
    {
        var plan = FormPlan.For(Sink, "sv").ByField[Sink.FindField("name")!];
        var holes = plan.Variant(null).Plain.Parts.Where(p => p.IsHole).Select(p => p.Slot).ToList();
        Assert.Equal([Slot.Value], holes);
        var withError = plan.Variant(null).WithError.Parts.Where(p => p.IsHole).Select(p => p.Slot).ToHashSet();
        Assert.Equal([Slot.ErrorClass, Slot.Error, Slot.Value, Slot.DescribedBy, Slot.Invalid], withError);
    }

    [Fact]
    public void Plans_are_built_once_per_form_and_language()
    {
        Assert.Same(FormPlan.For(Sink, "sv"), FormPlan.For(Sink, "sv"));
        Assert.NotSame(FormPlan.For(Sink, "sv"), FormPlan.For(Sink, "en"));
    }

    [Fact]
    public void A_page_index_past_the_answers_page_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FormRenderer.Default.Render(new RenderRequest(Sink, Context) { Page = Sink.Pages.Count + 1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => FormRenderer.Default.Render(new RenderRequest(Sink, Context) { Page = -1 }));
    }
}
