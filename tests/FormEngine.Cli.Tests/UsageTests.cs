namespace FormEngine.Cli.Tests;

public class UsageTests
{
    [Theory]
    [InlineData()]
    [InlineData("validat", "x")]
    [InlineData("validate")]
    [InlineData("schema")]
    [InlineData("schema", "a.yaml", "b.yaml")]
    [InlineData("check", "form.yaml")]
    [InlineData("check", "form.yaml", "a.json", "--lang", "de")]
    [InlineData("check", "form.yaml", "a.json", "--colour")]
    [InlineData("render", "form.yaml", "--page", "abc")]
    public void Command_line_mistakes_exit_2_with_a_message_on_stderr(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("formengine --help", run.Stderr);
    }

    [Fact]
    public void Help_lists_the_commands_and_exits_0()
    {
        var run = CliRun.Of("--help");
        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "validate", "schema", "render", "check" })
            Assert.Matches($"\\n  {command} <", run.Stdout);
    }
}
