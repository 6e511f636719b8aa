using System.Text.Json.Nodes;

namespace FormEngine.Cli.Tests;

public sealed class SchemaCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Prints_the_json_schema_of_the_form()
    {
        var run = CliRun.Of("schema", _folder.Write("form.yaml", TestForms.Intyg));
        Assert.Equal(0, run.ExitCode);
        var schema = JsonNode.Parse(run.Stdout)!;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        Assert.Equal("Begär testintyg", (string?)schema["title"]);
        Assert.NotNull(schema["properties"]!["packages"]);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void A_broken_form_prints_its_diagnostics_on_stderr_and_exits_1()
    {
        var form = _folder.Write("form.yaml", TestForms.Broken);
        var run = CliRun.Of("schema", form);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.StartsWith($"{form}(1,6): error FE1009:", run.Stderr);
        Assert.Equal(4, run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void A_missing_form_exits_2()
    {
        var run = CliRun.Of("schema", _folder.PathOf("form.yaml"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Stderr);
    }
}
