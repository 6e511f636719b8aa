using FormEngine.Definitions;
using FormEngine.Rendering;
using FormEngine.Submissions;
using static FormEngine.Tests.Rendering.RenderFixtures;

namespace FormEngine.Tests.Rendering;

/// <summary>
/// Every author text and every answer is escaped, in element content and in attributes: hostile payloads in every
/// text slot of a definition, in the answers, in external list labels and in the host's URLs never become markup.
/// </summary>
public sealed class XssTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Breakout = "\"><img src=x onerror=alert(1)>";
    private const string Both = Script + Breakout + "'><svg onload=alert(1)>&amp;\u0001" + "0:-1\u0002";

    private static string Text(string sv) => $$"""{sv: "{{Yaml(sv)}}", en: "{{Yaml(sv)}}"}""";

    private static string Yaml(string text) => text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\u0001", "\\x01").Replace("\u0002", "\\x02");

    private static readonly string Hostile = $$"""
        key: hostile
        version: 1
        title: {{Text(Both)}}
        category: test
        workflow: standard-case
        languages: [sv, en]
        terms: {{Text(Both)}}
        external_lists:
          kinds:
            description: {{Text(Both)}}
        pages:
          - key: one
            title: {{Text(Both)}}
            intro: {{Text(Both)}}
            fields:
              - key: name
                type: text
                label: {{Text(Both)}}
                hint: {{Text(Both)}}
                required: true
                validators:
                  - rule: "name != '{{Breakout.Replace("\"", "\\\"")}}'"
                    message: {{Text(Both)}}
              - key: choice
                type: single_choice
                label: {{Text(Both)}}
                hint: {{Text(Both)}}
                required: true
                choices:
                  - {code: a, label: {{Text(Both)}}, hint: {{Text(Both)}}}
                  - {code: b, label: {{Text(Both)}}}
              - key: revealed
                type: text
                label: {{Text(Both)}}
                visible_when: "name == '{{Breakout.Replace("\"", "\\\"")}}'"
              - key: kind
                type: single_choice
                display: select
                label: {{Text(Both)}}
                choices_from: kinds
              - key: info
                type: note
                text: {{Text(Both)}}
              - key: rows
                type: repeat
                label: {{Text(Both)}}
                item_label: {{Text(Both)}}
                fields:
                  - key: note
                    type: textarea
                    label: {{Text(Both)}}
        """;

    public static TheoryData<int, string> Pages => new() { { 0, "sv" }, { 0, "en" }, { 1, "sv" } };

    [Theory]
    [MemberData(nameof(Pages))]
    public void No_payload_survives_as_markup(int page, string language)
    {
        var form = Compile(Hostile);
        var context = Context with
        {
            Lists = new Dictionary<string, IReadOnlyList<ExternalChoice>> { ["kinds"] = [new ExternalChoice("k", LocalizedText.Swedish(Both))] },
        };
        var answers = SubmissionPipeline.Process(form, System.Text.Json.Nodes.JsonNode.Parse($$"""
            {"name": {{System.Text.Json.JsonSerializer.Serialize(Breakout)}}, "choice": {{System.Text.Json.JsonSerializer.Serialize(Both)}},
             "kind": "k", "rows": [{"note": {{System.Text.Json.JsonSerializer.Serialize(Both + "\n" + Script)}}}],
             "unknown<script>": "x"}
            """), context);
        Assert.NotEmpty(answers.Issues);
        var request = new RenderRequest(form, context)
        {
            Page = page,
            Language = language,
            Answers = answers,
            ShowErrors = true,
            ActionUrl = Breakout,
            PageUrl = _ => Breakout,
            HiddenFields = [new(Breakout, Script)],
        };

        foreach (var html in new[] { FormRenderer.Default.Render(request), FormRenderer.Default.RenderDocument(request) })
        {
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain('\u0001', html);
            Assert.DoesNotContain('\u0002', html);
            var document = Parse(html);
            Assert.Empty(document.QuerySelectorAll("script, img, svg"));
            foreach (var element in document.All)
                Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void The_payloads_are_shown_as_text()
    {
        var form = Compile(Hostile);
        var document = Parse(FormRenderer.Default.Render(new RenderRequest(form, Context)));
        Assert.Contains(Script + Breakout, Single(document, "h1").TextContent);
        Assert.Contains(Script, Single(document, "label[for=fe-name]").TextContent);
        Assert.Contains(Breakout, Single(document, "#fe-name-hint").TextContent);
        Assert.Contains(Breakout, Single(document, "#fe-info-field").TextContent);
        Assert.Contains("\"ref\":\"name\"", Single(document, "#fe-revealed-field").GetAttribute("data-fe-when"));
    }

    [Fact]
    public void Answers_are_escaped_on_the_answers_page()
    {
        var form = Compile(Hostile);
        var answers = SubmissionPipeline.Process(form, System.Text.Json.Nodes.JsonNode.Parse(
            $$"""{"name": {{System.Text.Json.JsonSerializer.Serialize(Both)}}, "rows": [{"note": {{System.Text.Json.JsonSerializer.Serialize(Script)}}}]}"""), Context);
        var html = FormRenderer.Default.Render(new RenderRequest(form, Context) { Page = form.Pages.Count, Answers = answers, ShowErrors = true });
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Script, Parse(html).QuerySelectorAll(".fe-summary-list__value").Select(v => v.TextContent));
    }
}
