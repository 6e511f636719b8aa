namespace FormEngine.Cli.Tests;

public sealed class PublishCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Publishing_records_each_version_and_an_edit_without_a_new_version_is_then_an_error()
    {
        var form = _folder.Write("eservices/intyg/form.yaml", TestForms.Intyg);
        var publish = CliRun.Of("publish", _folder.Root);
        Assert.True(publish.ExitCode == 0, publish.ToString());
        Assert.Contains("published intyg-test version 1", publish.StdoutLines);
        Assert.Contains("intyg-test:", File.ReadAllText(_folder.PathOf("published.yaml")));

        _folder.Write("eservices/intyg/form.yaml", TestForms.Intyg.Replace("Begär testintyg", "Begär ett testintyg"));
        var validate = CliRun.Of("validate", _folder.Root);

        Assert.Equal(1, validate.ExitCode);
        Assert.Contains(validate.StdoutLines, l => l.StartsWith($"{form}(", StringComparison.Ordinal)
            && l.Contains("error FE1050: Version 1 of 'intyg-test' was published with other content", StringComparison.Ordinal)
            && l.Contains("Raise 'version' to 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Raising_the_version_publishes_the_change_and_keeps_the_old_record()
    {
        _folder.Write("eservices/intyg/form.yaml", TestForms.Intyg);
        Assert.Equal(0, CliRun.Of("publish", _folder.Root).ExitCode);
        _folder.Write("eservices/intyg/form.yaml", TestForms.Intyg.Replace("version: 1", "version: 2").Replace("Begär testintyg", "Begär ett testintyg"));

        Assert.Equal(0, CliRun.Of("validate", _folder.Root).ExitCode);
        var publish = CliRun.Of("publish", _folder.Root);

        Assert.Equal(0, publish.ExitCode);
        Assert.Contains("published intyg-test version 2", publish.StdoutLines);
        var record = File.ReadAllText(_folder.PathOf("published.yaml"));
        Assert.Contains("  1: ", record);
        Assert.Contains("  2: ", record);
    }

    [Fact]
    public void Nothing_is_published_while_a_form_has_errors()
    {
        _folder.Write("eservices/intyg/form.yaml", TestForms.Intyg);
        _folder.Write("eservices/broken/form.yaml", TestForms.Broken);
        var publish = CliRun.Of("publish", _folder.Root);
        Assert.Equal(1, publish.ExitCode);
        Assert.Contains("nothing published", publish.Stderr);
        Assert.False(File.Exists(_folder.PathOf("published.yaml")));
    }
}
