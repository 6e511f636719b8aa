using FormEngine.Definitions.Yaml;
using FormEngine.Diagnostics;

namespace FormEngine.Tests.Definitions;

public sealed class MappingReaderTests
{
    private static readonly string[] Known = ["key", "version", "category", "flow", "title"];

    private static (MappingReader Reader, DiagnosticBag Diagnostics) Read(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var mapping = (YamlMapping)YamlTreeReader.Read("form.yaml", yaml, diagnostics)!;
        return (new MappingReader(mapping, diagnostics, Known, "the form"), diagnostics);
    }

    [Fact]
    public void An_unknown_property_is_reported_at_its_name_with_the_closest_known_one()
    {
        var (_, diagnostics) = Read("key: a\ncategroy: b\n");
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal("form.yaml(2,1): error FE1002: Unknown property 'categroy' in the form. Did you mean 'category'?", diagnostic.ToString());
    }

    [Fact]
    public void An_unknown_property_far_from_every_known_one_gets_no_suggestion()
    {
        var (_, diagnostics) = Read("key: a\nworkflow_definition: b\n");
        Assert.Equal("Unknown property 'workflow_definition' in the form.", Assert.Single(diagnostics.Items).Message);
    }

    [Fact]
    public void A_missing_required_property_is_reported_at_the_mapping()
    {
        var (reader, diagnostics) = Read("title: x\nkey:\n");
        Assert.Null(reader.Scalar("key", required: true));
        Assert.Null(reader.Scalar("version", required: true));
        Assert.Equal(["Required property 'key' is missing.", "Required property 'version' is missing."],
            diagnostics.Items.Select(d => d.Message));
        Assert.All(diagnostics.Items, d => Assert.Equal(new SourceSpan("form.yaml", 1, 1), d.Span));
    }

    [Fact]
    public void A_value_of_the_wrong_kind_is_reported_and_read_as_absent()
    {
        var (reader, diagnostics) = Read("key: [a, b]\n");
        Assert.Null(reader.String("key"));
        Assert.Equal("form.yaml(1,6): error FE1005: 'key' must be a single value, not a list.", Assert.Single(diagnostics.Items).ToString());
    }

    [Theory]
    [InlineData("version: 0", "'version' must be a whole number of at least 1.")]
    [InlineData("version: 1.5", "'version' must be a whole number of at least 1.")]
    [InlineData("version: two", "'version' must be a whole number of at least 1.")]
    public void A_number_below_the_minimum_or_not_whole_is_invalid(string yaml, string message)
    {
        var (reader, diagnostics) = Read(yaml);
        Assert.Null(reader.Int("version", min: 1));
        Assert.Equal(message, Assert.Single(diagnostics.Items).Message);
    }

    [Fact]
    public void An_enum_value_lists_the_allowed_ones_and_suggests_the_closest()
    {
        var (reader, diagnostics) = Read("flow: resident-initated\n");
        var flows = new Dictionary<string, int> { ["resident-initiated"] = 1, ["staff-initiated"] = 2 };
        Assert.Null(reader.Enum("flow", flows));
        Assert.Equal("'resident-initated' is not a valid flow: use 'resident-initiated', 'staff-initiated'. Did you mean 'resident-initiated'?",
            Assert.Single(diagnostics.Items).Message);
    }
}
