using FormEngine.Definitions.Yaml;
using FormEngine.Diagnostics;

namespace FormEngine.Tests.Definitions;

public sealed class YamlTreeReaderTests
{
    private static (YamlMapping Root, DiagnosticBag Diagnostics) Read(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlTreeReader.Read("form.yaml", yaml, diagnostics);
        return (Assert.IsType<YamlMapping>(root), diagnostics);
    }

    private static YamlScalar ScalarOf(string yaml, string key) =>
        Assert.IsType<YamlScalar>(Read(yaml).Root.Find(key)!.Value);

    private static SourceSpan At(int line, int column) => new("form.yaml", line, column);

    [Fact]
    public void A_plain_scalar_starts_where_it_is_written()
    {
        var scalar = ScalarOf("key: test\nvisible_when: age > 18\n", "visible_when");
        Assert.Equal(ScalarStyle.Plain, scalar.Style);
        Assert.Equal(At(2, 15), scalar.Span);
        Assert.Equal(At(2, 15), scalar.ContentStart);
    }

    [Theory]
    [InlineData("rule: 'a == 1'", ScalarStyle.SingleQuoted)]
    [InlineData("rule: \"a == 1\"", ScalarStyle.DoubleQuoted)]
    public void A_quoted_scalar_has_its_content_one_past_the_quote(string yaml, ScalarStyle style)
    {
        var scalar = ScalarOf(yaml, "rule");
        Assert.Equal(style, scalar.Style);
        Assert.Equal("a == 1", scalar.Value);
        Assert.Equal(At(1, 7), scalar.Span);
        Assert.Equal(At(1, 8), scalar.ContentStart);
    }

    [Fact]
    public void A_literal_block_has_its_content_on_the_next_line_after_the_indentation()
    {
        var scalar = ScalarOf("a: 1\nrule: |\n    age > 18\n    and x\n", "rule");
        Assert.Equal(ScalarStyle.Literal, scalar.Style);
        Assert.Equal("age > 18\nand x\n", scalar.Value);
        Assert.Equal(At(2, 7), scalar.Span);
        Assert.Equal(At(3, 5), scalar.ContentStart);
    }

    [Fact]
    public void A_folded_block_skips_blank_lines_before_its_content()
    {
        var scalar = ScalarOf("rule: >\n\n  age > 18\n  and x\n", "rule");
        Assert.Equal(ScalarStyle.Folded, scalar.Style);
        Assert.Equal("\nage > 18 and x\n", scalar.Value);
        Assert.Equal(At(3, 3), scalar.ContentStart);
    }

    [Fact]
    public void Only_scalars_written_over_several_lines_keep_the_source_lines()
    {
        var root = Read("one: a b\ntwo: a\n  b\nthree: |\n  a\n").Root;
        Assert.Null(((YamlScalar)root.Find("one")!.Value).SourceLines);
        Assert.NotNull(((YamlScalar)root.Find("two")!.Value).SourceLines);
        Assert.NotNull(((YamlScalar)root.Find("three")!.Value).SourceLines);
    }

    [Fact]
    public void A_duplicate_key_is_reported_at_the_second_and_the_first_value_is_kept()
    {
        var (root, diagnostics) = Read("key: first\nother: x\nkey: second\n");
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal("form.yaml(3,1): error FE1003: 'key' is given more than once in this mapping.", diagnostic.ToString());
        Assert.Equal("first", ((YamlScalar)root.Find("key")!.Value).Value);
    }

    [Fact]
    public void Nodes_in_flow_collections_know_their_columns()
    {
        var label = Assert.IsType<YamlMapping>(Read("label: {sv: Namn, en: Name}\n").Root.Find("label")!.Value);
        Assert.Equal(At(1, 8), label.Span);
        Assert.Equal(At(1, 19), label.Find("en")!.Key.Span);
        Assert.Equal(At(1, 23), label.Find("en")!.Value.Span);
    }

    [Fact]
    public void A_tab_in_the_indentation_is_named_as_such_where_it_is()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlTreeReader.Read("form.yaml", "a:\n  b: 1\n\tc: 2\n", diagnostics));
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCodes.YamlSyntax, diagnostic.Code);
        Assert.Equal(At(3, 1), diagnostic.Span);
        Assert.Contains("Tabs", diagnostic.Message);
    }

    [Fact]
    public void Other_syntax_errors_keep_the_parser_message_without_its_position_prefix()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlTreeReader.Read("form.yaml", "a: [1, 2\n", diagnostics));
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCodes.YamlSyntax, diagnostic.Code);
        Assert.DoesNotContain("Line:", diagnostic.Message);
    }

    [Fact]
    public void Aliases_and_second_documents_are_refused()
    {
        var diagnostics = new DiagnosticBag();
        YamlTreeReader.Read("form.yaml", "a: &x 1\nb: *x\n---\nc: 2\n", diagnostics);
        Assert.Equal(["FE1001", "FE1001"], diagnostics.Sorted().Select(d => d.Code.Id));
        Assert.Equal(At(2, 4), diagnostics.Sorted()[0].Span);
    }

    [Fact]
    public void An_empty_file_has_no_root_and_no_diagnostics()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlTreeReader.Read("form.yaml", "", diagnostics));
        Assert.Empty(diagnostics.Items);
    }
}
