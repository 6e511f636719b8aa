using System.Text.Json.Nodes;
using FormEngine.Definitions.Yaml;
using FormEngine.Diagnostics;
using FormEngine.Examples;

namespace FormEngine.Tests.Examples;

public class YamlJsonTests
{
    private static string Convert(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var node = YamlJson.ReadDocument("answers.yaml", yaml, diagnostics);
        Assert.Empty(diagnostics.Items);
        return node is null ? "null" : node.ToJsonString();
    }

    [Theory]
    [InlineData("a: 12", """{"a":12}""")]
    [InlineData("a: -7", """{"a":-7}""")]
    [InlineData("a: +7", """{"a":7}""")]
    [InlineData("a: 007", """{"a":7}""")]
    [InlineData("a: 0x1F", """{"a":31}""")]
    [InlineData("a: 0o17", """{"a":15}""")]
    [InlineData("a: 2.5", """{"a":2.5}""")]
    [InlineData("a: .5", """{"a":0.5}""")]
    [InlineData("a: 1.", """{"a":1}""")]
    [InlineData("a: 1e3", """{"a":1000}""")]
    [InlineData("a: 123456789012345678901234567890", """{"a":123456789012345678901234567890}""")]
    [InlineData("a: true", """{"a":true}""")]
    [InlineData("a: False", """{"a":false}""")]
    [InlineData("a: TRUE", """{"a":true}""")]
    [InlineData("a: null", """{"a":null}""")]
    [InlineData("a: ~", """{"a":null}""")]
    [InlineData("a:", """{"a":null}""")]
    public void Plain_core_schema_scalars_become_json_numbers_bools_and_null(string yaml, string json) =>
        Assert.Equal(json, Convert(yaml));

    [Theory]
    [InlineData("a: \"12\"", """{"a":"12"}""")]
    [InlineData("a: '12'", """{"a":"12"}""")]
    [InlineData("a: 'true'", """{"a":"true"}""")]
    [InlineData("a: \"null\"", """{"a":"null"}""")]
    [InlineData("a: 2026-11-25", """{"a":"2026-11-25"}""")]
    [InlineData("a: 070-123 45 67", """{"a":"070-123 45 67"}""")]
    [InlineData("a: yes", """{"a":"yes"}""")]
    [InlineData("a: 1,5", """{"a":"1,5"}""")]
    [InlineData("a: .inf", """{"a":".inf"}""")]
    [InlineData("a: 1_000", """{"a":"1_000"}""")]
    [InlineData("a: |\n  12\n", """{"a":"12\n"}""")]
    public void Everything_else_stays_a_string(string yaml, string json) =>
        Assert.Equal(json, Convert(yaml));

    [Fact]
    public void Mappings_and_lists_nest()
    {
        var json = Convert("""
            packages:
              - {count: 2, note: "2"}
              - count: 3
            delivery: {address: Storgatan 1}
            """);
        Assert.Equal("""{"packages":[{"count":2,"note":"2"},{"count":3}],"delivery":{"address":"Storgatan 1"}}""", json);
    }

    [Fact]
    public void Json_files_read_the_same_including_tab_indentation()
    {
        var json = Convert("{\n\t\"count\": 2,\n\t\"personnummer\": \"191212121212\",\n\t\"ok\": true,\n\t\"none\": null\n}");
        Assert.Equal("""{"count":2,"personnummer":"191212121212","ok":true,"none":null}""", json);
    }

    [Fact]
    public void Numbers_are_readable_by_the_submission_pipeline()
    {
        var node = YamlJson.ToJson(new YamlScalar(default, "2.50", ScalarStyle.Plain, default));
        Assert.True(FormEngine.Submissions.JsonNumbers.TryGetDecimal(node, out var value));
        Assert.Equal(2.50m, value);
    }

    [Fact]
    public void A_syntax_error_is_a_diagnostic_with_its_position()
    {
        var diagnostics = new DiagnosticBag();
        var node = YamlJson.ReadDocument("answers.json", "{\"a\": 1,\n  \"b\": [1, 2\n}", diagnostics);
        Assert.Null(node);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.Equal("answers.json", error.Span.File);
        Assert.Equal(3, error.Span.Line);
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlJson.ReadDocument("answers.yaml", "", diagnostics));
        Assert.Equal(new SourceSpan("answers.yaml", 1, 1), Assert.Single(diagnostics.Items).Span);
    }
}
