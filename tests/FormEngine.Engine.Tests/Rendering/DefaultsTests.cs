using FormEngine.Forms.Compilation;
using FormEngine.Submissions;
using static FormEngine.Tests.Rendering.RenderFixtures;

namespace FormEngine.Tests.Rendering;

/// <summary>A new form starts from the defaults its author gave; answers given later replace them.</summary>
public sealed class DefaultsTests
{
    private static readonly FormEngine.Forms.CompiledForm Form = new FormCompiler().Compile("form.yaml", """
        key: defaults
        version: 1
        title: {sv: Standardvärden}
        category: test
        workflow: standard-case
        pages:
          - key: one
            title: {sv: Ett}
            fields:
              - {key: packages, type: integer, label: {sv: Antal förpackningar}, default: 1}
              - {key: by_post, type: yes_no, label: {sv: Med posten?}, default: "true"}
              - key: delivery
                type: group
                label: {sv: Leverans}
                fields:
                  - {key: country, type: text, label: {sv: Land}, default: Sverige}
        """).Form!;

    [Fact]
    public void Initial_answers_hold_each_default_read_as_its_type()
    {
        Assert.Equal("""{"packages":1,"by_post":true,"delivery":{"country":"Sverige"}}""",
            InitialAnswers.For(Form, Today).ToJsonString());
    }

    [Fact]
    public void A_fresh_page_shows_the_defaults_and_given_answers_replace_them()
    {
        var fresh = Parse(Render(Form, 0));
        Assert.Equal("1", fresh.QuerySelector("input[name=packages]")!.GetAttribute("value"));
        Assert.NotNull(fresh.QuerySelector("input[name=by_post][value=true][checked]"));
        Assert.Equal("Sverige", fresh.QuerySelector("input[name='delivery.country']")!.GetAttribute("value"));

        var answered = Parse(Render(Form, 0, """{"packages": 3}"""));
        Assert.Equal("3", answered.QuerySelector("input[name=packages]")!.GetAttribute("value"));
    }
}
